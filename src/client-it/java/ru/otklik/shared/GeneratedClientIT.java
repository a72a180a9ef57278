package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.client.ApiClient;
import ru.otklik.client.ApiException;
import ru.otklik.client.ApiResponse;
import ru.otklik.client.api.AppealsApi;
import ru.otklik.client.api.CategoriesApi;
import ru.otklik.client.api.OrganisationsApi;
import ru.otklik.client.api.StatisticsApi;
import ru.otklik.client.model.Appeal;
import ru.otklik.client.model.AppealInput;
import ru.otklik.client.model.AppealStats;
import ru.otklik.client.model.AppealStatus;
import ru.otklik.client.model.Attachment;
import ru.otklik.client.model.AttachmentPart;
import ru.otklik.client.model.Category;
import ru.otklik.client.model.Channel;
import ru.otklik.client.model.GeoPoint;
import ru.otklik.client.model.Organisation;
import ru.otklik.client.model.PageOrganisationView;
import ru.otklik.client.model.Problem;
import ru.otklik.client.model.StatsAccess;

/**
 * A partner's day with the Java client that OpenAPI Generator makes from the packaged build's document
 * (target/openapi/openapi.json, library native, the README's options), compiled as generated: nothing in it is edited.
 * The build generates it in pre-integration-test and compiles this class against it, so a document that generators
 * cannot turn into a working client fails the build here. The API runs as in dev mode (embedded PostgreSQL, the sample
 * directory, dev tokens).
 */
@QuarkusTest
class GeneratedClientIT {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

    @TestHTTPResource
    URL root;

    private ApiClient anonymous;
    private ApiClient citizen;

    @BeforeEach
    void clients() {
        anonymous = new ApiClient();
        anonymous.updateBaseUri(base());
        // a partner's portal acting for a signed-in citizen: the bearer token goes on every request
        String token = given().accept("text/plain").get("/dev/tokens/trusted-citizen").then().statusCode(200).extract().asString();
        citizen = new ApiClient();
        citizen.updateBaseUri(base());
        citizen.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void searchesTheDirectoryPageByPageWithoutAToken() throws ApiException {
        OrganisationsApi organisations = new OrganisationsApi(anonymous);

        PageOrganisationView first = organisations.searchOrganisations(null, null, null, 2, "25701", null, null, null);
        PageOrganisationView second = organisations.searchOrganisations(null, first.getNextCursor(), null, 2, "25701", null, null, null);

        assertEquals(2, first.getItems().size());
        assertFalse(second.getItems().isEmpty());
        assertNotEquals(first.getItems().get(0).getId(), second.getItems().get(0).getId());
        PageOrganisationView hospitals = organisations.searchOrganisations(null, null, null, 5, null, null, "больница", null);
        assertFalse(hospitals.getItems().isEmpty());
        Organisation hospital = organisations.getOrganisation(hospitals.getItems().get(0).getId());
        assertTrue(hospital.getShortName().length() > 0);
        assertTrue(hospital.getInn().matches("[0-9]{10}|[0-9]{12}"));
    }

    @Test
    void filesAnAppealRetriesItSafelyAndAttachesAPhoto() throws Exception {
        AppealsApi appeals = new AppealsApi(citizen);
        AppealInput pothole = new AppealInput()
                .categoryId(potholes())
                .channel(Channel.MOBILE)
                .text("Большая яма на проезжей части у дома 12 по ул. Ленина")
                .address("г. Иркутск, ул. Ленина, 12")
                .location(new GeoPoint().lat(52.287).lon(104.281))
                .oktmo("25701000001");
        String key = UUID.randomUUID().toString();

        Appeal filed = appeals.fileAppeal(pothole, key);
        ApiResponse<Appeal> retried = appeals.fileAppealWithHttpInfo(pothole, key);

        assertEquals(AppealStatus.SUBMITTED, filed.getStatus());
        assertTrue(filed.getNumber().matches("38-[0-9]{4}-[0-9]{6}"), filed.getNumber());
        assertEquals("Администрация г. Иркутска", filed.getOrganisation().getName());
        assertEquals(filed.getId(), retried.getData().getId());
        assertEquals(List.of("true"), retried.getHeaders().get("idempotent-replayed"));

        File photo = Files.createTempFile("pothole", ".png").toFile();
        Files.write(photo.toPath(), PNG);
        Attachment attached = appeals.attachFile(filed.getId(), photo, null, null);
        assertEquals(AttachmentPart.APPEAL, attached.getPart());
        assertEquals("image/png", attached.getMediaType());
        assertEquals(1, appeals.getAppeal(filed.getId()).getAttachments().size());
    }

    @Test
    void readsAProblemItsFieldErrorsAndStatus() throws Exception {
        AppealsApi appeals = new AppealsApi(citizen);

        ApiException tooShort = assertThrows(ApiException.class, () -> appeals.fileAppeal(
                new AppealInput().categoryId(potholes()).channel(Channel.MOBILE).text("Яма"), null));
        ApiException noToken = assertThrows(ApiException.class, () -> new AppealsApi(anonymous).getAppeal(1L));

        Problem problem = citizen.getObjectMapper().readValue(tooShort.getResponseBody(), Problem.class);
        assertEquals(400, tooShort.getCode());
        assertEquals("https://otklik.ru/problems/validation", problem.getType().toString());
        assertEquals("text", problem.getErrors().get(0).getField());
        assertEquals(401, noToken.getCode());
    }

    @Test
    void getsStatisticsAsARecordNotAsText() throws ApiException {
        // the operation answers JSON or CSV: the client asks for both and must get (and type) the JSON
        AppealStats stats = new StatisticsApi(anonymous).getAppealStatistics(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                null, null, List.of("channel"), null, null, null, null);

        assertEquals(StatsAccess.PUBLIC, stats.getAccess());
        assertEquals(List.of("channel"), stats.getGroupBy());
    }

    private long potholes() throws ApiException {
        return new CategoriesApi(anonymous).listCategories().getItems().stream()
                .flatMap(GeneratedClientIT::withChildren)
                .filter(category -> "roads.potholes".equals(category.getCode()))
                .findFirst().orElseThrow().getId();
    }

    private static Stream<Category> withChildren(Category category) {
        return Stream.concat(Stream.of(category),
                category.getChildren() == null ? Stream.empty() : category.getChildren().stream().flatMap(GeneratedClientIT::withChildren));
    }

    private String base() {
        String url = root.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
