import java.util.UUID;
import java.util.stream.Stream;

import ru.otklik.client.ApiClient;
import ru.otklik.client.api.AppealsApi;
import ru.otklik.client.api.CategoriesApi;
import ru.otklik.client.api.DevApi;
import ru.otklik.client.api.OrganisationsApi;
import ru.otklik.client.model.Appeal;
import ru.otklik.client.model.AppealInput;
import ru.otklik.client.model.Category;
import ru.otklik.client.model.Channel;
import ru.otklik.client.model.Organisation;

/**
 * A partner's first program, against a dev server, with the Java client generated from that server's /q/openapi and
 * used as generated (tools/openapi/try-generated-client.sh builds and runs it). Dev mode's document has the dev-only
 * token operation, so the token comes through the client too.
 */
public class Partner {

    public static void main(String[] args) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(args.length > 0 ? args[0] : "http://localhost:8080");

        for (Organisation found : new OrganisationsApi(client)
                .searchOrganisations(null, null, null, 3, null, null, "больница", null).getItems()) {
            System.out.println("searchOrganisations: " + found.getId() + " " + found.getShortName() + ", INN " + found.getInn());
        }

        String token = new DevApi(client).getDevToken("trusted-citizen").getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        long potholes = new CategoriesApi(client).listCategories().getItems().stream()
                .flatMap(topic -> Stream.concat(Stream.of(topic), topic.getChildren() == null ? Stream.empty() : topic.getChildren().stream()))
                .filter(category -> "roads.potholes".equals(category.getCode()))
                .map(Category::getId).findFirst().orElseThrow();
        Appeal appeal = new AppealsApi(client).fileAppeal(new AppealInput()
                .categoryId(potholes)
                .channel(Channel.MOBILE)
                .text("Большая яма на проезжей части у дома 12 по ул. Ленина")
                .oktmo("25701000001"), UUID.randomUUID().toString());
        System.out.println("fileAppeal: " + appeal.getNumber() + " " + appeal.getStatus() + ", handled by "
                + appeal.getOrganisation().getName() + ", the author may " + appeal.getAllowedActions());
    }
}
