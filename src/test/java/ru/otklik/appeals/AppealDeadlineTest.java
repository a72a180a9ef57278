package ru.otklik.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.calendar.WorkingCalendar;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class AppealDeadlineTest {

    @Inject
    Pool pool;

    @Inject
    WorkingCalendar calendar;

    @Test
    void registrationStartsTheCategoryDeadlineInWorkingDaysOfTheRegion() {
        long id = Appeals.filePothole(Tokens.trustedCitizen(Numbers.oid()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Irkutsk"));
        LocalDate expected = calendar.addWorkingDays(today, 10).await().indefinitely();
        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "APPROVE"))
                .statusCode(200).body("dueDate", equalTo(expected.toString())).body("overdue", equalTo(false));
    }

    @Test
    void servicemensAppealsHaveTheirShorterDeadlineAndComeFirstInTheInbox() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long ordinary = Appeals.filePothole(citizen);
        Appeals.register(ordinary);
        Map<String, Object> body = Appeals.pothole("Семья участника СВО: просим отремонтировать дорогу к дому");
        body.put("categoryId", Directory.categoryId("svo-support"));
        long priority = Appeals.file(citizen, body).statusCode(201).body("priority", equalTo(true))
                .extract().jsonPath().getLong("id");
        Appeals.register(priority);
        String official = given().auth().oauth2(citizen).get("/api/v1/appeals/" + priority).then().extract().path("organisation.name");
        org.junit.jupiter.api.Assertions.assertNotNull(official);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Irkutsk"));
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + priority).then()
                .body("dueDate", equalTo(calendar.addWorkingDays(today, 5).await().indefinitely().toString()));
        given().auth().oauth2(citizen).queryParam("sort", "due").get("/api/v1/appeals").then()
                .body("items[0].id", equalTo((int) priority));
    }

    @Test
    void reExaminationCanBeAskedForWithinThirtyDaysOfTheAnswerOnly() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.answered(citizen);
        pool.preparedQuery("update appeal set answered_at = now() - interval '31 days' where id = $1")
                .execute(Tuple.of(id)).await().indefinitely();
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + id).then()
                .body("allowedActions", not(hasItem("reopen")));
        Appeals.act(citizen, id, "reopen", Map.of("reason", "Поздно, но всё ещё не сделано"))
                .statusCode(409).body("type", equalTo("https://otklik.ru/problems/conflict"));
    }

    @Test
    void anAppealNotAnsweredByTheEndOfItsDueDateIsOverdue() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long late = Appeals.filePothole(citizen);
        Appeals.register(late);
        long onTime = Appeals.filePothole(citizen);
        Appeals.register(onTime);
        pool.preparedQuery("update appeal set due_date = current_date - 3, due_at = now() - interval '1 day' where id = $1")
                .execute(Tuple.of(late)).await().indefinitely();
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + late).then().body("overdue", equalTo(true));
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + onTime).then().body("overdue", equalTo(false));
        given().auth().oauth2(citizen).queryParam("overdue", true).get("/api/v1/appeals").then()
                .body("items.id", equalTo(java.util.List.of((int) late)));
        given().auth().oauth2(citizen).queryParam("overdue", false).get("/api/v1/appeals").then()
                .body("items.id", not(hasItem((int) late)));
        given().auth().oauth2(Appeals.official()).queryParam("overdue", true).queryParam("limit", 100)
                .get("/api/v1/appeals").then().body("items.id", hasItem((int) late));
    }
}
