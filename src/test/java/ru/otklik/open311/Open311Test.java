package ru.otklik.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Tokens;

/** GeoReport v2 as the specification shows it, in JSON and XML, with its error lists. */
@QuarkusTest
class Open311Test {

    private static final String BASE = "/open311/v2";

    @Test
    void discoveryNamesTheEndpointItsSpecificationAndFormats() {
        given().when().get(BASE + "/discovery.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", containsString("/open311/v2"))
                .body("endpoints[0].formats", equalTo(List.of("text/xml", "application/json")))
                .body("$", hasKey("changeset")).body("$", hasKey("contact")).body("$", hasKey("key_service"));
        XmlPath xml = xml(given().when().get(BASE + "/discovery.xml").then().statusCode(200).contentType(startsWith("text/xml")));
        assertEquals("production", xml.getString("discovery.endpoints.endpoint.type"));
        assertEquals(List.of("text/xml", "application/json"), xml.getList("discovery.endpoints.endpoint.formats.format"));
    }

    @Test
    void servicesAreTheCategoriesGroupedByTheirTopCategoryInJsonAndXml() {
        JsonPath services = given().when().get(BASE + "/services.json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> potholes = services.getMap("find { it.service_code == 'roads.potholes' }");
        assertEquals("Ямы на дорогах", potholes.get("service_name"));
        assertEquals("Ремонт дорог", potholes.get("group"));
        assertEquals(true, potholes.get("metadata"));
        assertEquals("realtime", potholes.get("type"));
        assertEquals(List.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group"),
                List.copyOf(potholes.keySet()));

        XmlPath xml = xml(given().when().get(BASE + "/services.xml").then().statusCode(200));
        assertEquals(services.getList("service_code"), xml.getList("services.service.service_code"));
        assertEquals("Ремонт дорог", xml.getString("services.service.find { it.service_code == 'roads.potholes' }.group"));
    }

    @Test
    void aServiceDefinitionHasItsOktmoAttributeAndAnUnknownCodeIsTheSpecs404() {
        given().when().get(BASE + "/services/roads.potholes.json").then().statusCode(200)
                .body("service_code", equalTo("roads.potholes"))
                .body("attributes[0].code", equalTo("oktmo"))
                .body("attributes[0].datatype", equalTo("string"))
                .body("attributes[0].required", equalTo(false))
                .body("attributes[0].variable", equalTo(true))
                .body("attributes[0].order", equalTo(1));
        XmlPath xml = xml(given().when().get(BASE + "/services/roads.potholes.xml").then().statusCode(200));
        assertEquals("oktmo", xml.getString("service_definition.attributes.attribute.code"));

        given().when().get(BASE + "/services/no.such.json").then().statusCode(404)
                .contentType(startsWith("application/json"))
                .body("[0].code", equalTo(404)).body("[0].description", containsString("no.such"));
        XmlPath error = xml(given().when().get(BASE + "/services/no.such.xml").then().statusCode(404));
        assertEquals("404", error.getString("errors.error.code"));
        assertEquals(1, error.getList("errors.error").size());
    }

    @Test
    void aCitizenFilesWithTheirTokenAsApiKeyAndReadsTheRequestBack() {
        String author = Numbers.oid();
        String citizen = Tokens.trustedCitizen(author);
        String id = form(citizen).formParam("service_code", "roads.potholes")
                .formParam("lat", "52.287").formParam("long", "104.281")
                .formParam("address_string", "г. Иркутск, ул. Ленина, 12")
                .formParam("description", "Яма на проезжей части у дома 12, глубокая " + author)
                .formParam("media_url", "https://example.org/photos/pothole.jpg")
                .when().post(BASE + "/requests.json").then().statusCode(201)
                .body("[0].service_notice", containsString("38-"))
                .body("[0]", hasKey("account_id")).body("[0].account_id", nullValue())
                .extract().path("[0].service_request_id");

        given().queryParam("api_key", citizen).when().get(BASE + "/requests/" + id + ".json").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].service_request_id", equalTo(id))
                .body("[0].status", equalTo("open"))
                .body("[0].status_notes", equalTo("Подано, ожидает модерации"))
                .body("[0].service_code", equalTo("roads.potholes"))
                .body("[0].agency_responsible", equalTo("Администрация г. Иркутска"))
                .body("[0].description", equalTo("Яма на проезжей части у дома 12, глубокая " + author))
                .body("[0].lat", equalTo(52.287f)).body("[0].long", equalTo(104.281f))
                .body("[0].media_url", equalTo("https://example.org/photos/pothole.jpg"))
                .body("[0].requested_datetime", notNullValue())
                .body("[0]", hasKey("expected_datetime"));
        given().auth().oauth2(citizen).when().get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(id));
        given().auth().oauth2(Tokens.moderator()).when().get("/api/v1/appeals/" + id).then()
                .body("channel", equalTo("OPEN311")).body("status", equalTo("SUBMITTED"));

        given().queryParam("api_key", Tokens.trustedCitizen(Numbers.oid())).when().get(BASE + "/requests/" + id + ".json")
                .then().statusCode(404).body("[0].code", equalTo(404));
        given().when().get(BASE + "/requests.json").then().statusCode(200).body("service_request_id", not(hasItem(id)));
    }

    @Test
    void requestsInXmlAreTheSpecsServiceRequestsAndClosedOnesSayHow() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long answered = Appeals.answered(citizen);
        XmlPath xml = xml(given().queryParam("api_key", citizen).when().get(BASE + "/requests/" + answered + ".xml")
                .then().statusCode(200).contentType(startsWith("text/xml")));
        assertEquals(Long.toString(answered), xml.getString("service_requests.request.service_request_id"));
        assertEquals("closed", xml.getString("service_requests.request.status"));
        assertEquals("Администрация г. Иркутска", xml.getString("service_requests.request.agency_responsible"));
        assertEquals("", xml.getString("service_requests.request.zipcode"), "null as an empty element");
        given().header("Accept-Language", "en").queryParam("api_key", citizen).queryParam("status", "closed")
                .when().get(BASE + "/requests.json").then().statusCode(200)
                .body("find { it.service_request_id == '" + answered + "' }.status_notes", startsWith("Answered: "));
        given().queryParam("api_key", citizen).queryParam("status", "open")
                .when().get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(Long.toString(answered))));
        String id = form(citizen).formParam("service_code", "roads.potholes").formParam("address_string", "ул. Ленина, 1")
                .formParam("description", "Ещё одна яма у остановки, колесо пробито")
                .when().post(BASE + "/requests.xml").then().statusCode(201).contentType(startsWith("text/xml"))
                .extract().xmlPath().getString("service_requests.request.service_request_id");
        assertEquals(true, id.matches("[0-9]+"), id);
    }

    @Test
    void aPartnerFilesForACitizenOfItsOrganisationsAndNeverBeyondThem() {
        String partner = Partners.token(Partners.SAMPLE_CLIENT);
        String id = form(partner).formParam("service_code", "roads.potholes")
                .formParam("address_string", "г. Иркутск, ул. Карла Маркса, 3")
                .formParam("description", "Звонок в CRM: яма у перехода, опасно для пешеходов")
                .formParam("first_name", "Пётр").formParam("last_name", "Петров").formParam("phone", "8 (900) 123-45-67")
                .when().post(BASE + "/requests.json").then().statusCode(201).extract().path("[0].service_request_id");
        given().auth().oauth2(Tokens.moderator()).when().get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("channel", equalTo("OPEN311"))
                .body("applicant.name", equalTo("Петров Пётр")).body("applicant.phone", equalTo("+79001234567"));
        given().auth().oauth2(partner).when().get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(id));

        form(partner).formParam("service_code", "roads.potholes").formParam("address_string", "ул. Ленина, 5")
                .formParam("description", "Звонок без данных заявителя о яме")
                .when().post(BASE + "/requests.json").then().statusCode(400)
                .body("description", hasItem(startsWith("last_name: "))).body("description", hasItem(startsWith("phone: ")));
        Partners.Tree tree = Partners.tree();
        form(Partners.registeredToken(tree.parentId())).formParam("service_code", "roads.potholes")
                .formParam("attribute[oktmo]", "25701000001").formParam("address_string", "г. Иркутск")
                .formParam("description", "Обращение не в своей организации партнёра")
                .formParam("last_name", "Иванов").formParam("phone", "+79001112233")
                .when().post(BASE + "/requests.json").then().statusCode(403).body("[0].code", equalTo(403));
    }

    @Test
    void badRequestsAreTheSpecsErrorListsWithTheirHttpCodes() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("service_code", "roads.potholes")
                .when().post(BASE + "/requests.json").then().statusCode(403).body("[0].code", equalTo(403));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("api_key", "not-a-token")
                .when().post(BASE + "/requests.json").then().statusCode(403).body("[0].description", containsString("api_key"));
        form(Tokens.citizen(Numbers.oid())).formParam("service_code", "roads.potholes").formParam("address_string", "ул. Ленина")
                .formParam("description", "Неподтверждённая учётная запись пишет про яму")
                .when().post(BASE + "/requests.json").then().statusCode(403);
        form(citizen).formParam("address_string", "ул. Ленина").formParam("description", "Без кода услуги, про яму")
                .when().post(BASE + "/requests.json").then().statusCode(400).body("[0].description", startsWith("service_code: "));
        form(citizen).formParam("service_code", "no.such").formParam("address_string", "ул. Ленина")
                .when().post(BASE + "/requests.json").then().statusCode(404);
        form(citizen).formParam("service_code", "roads.potholes").formParam("description", "Без места, про яму на дороге")
                .when().post(BASE + "/requests.json").then().statusCode(400).body("[0].description", startsWith("address_string: "));
        form(citizen).formParam("service_code", "roads.potholes").formParam("lat", "52.2").formParam("address_string", "ул. Ленина")
                .formParam("description", "Широта без долготы, про яму")
                .when().post(BASE + "/requests.json").then().statusCode(400).body("[0].description", startsWith("long: "));
        form(citizen).formParam("service_code", "roads.potholes").formParam("address_string", "ул. Ленина")
                .when().post(BASE + "/requests.json").then().statusCode(400).body("[0].description", startsWith("description: "));
        form(citizen).formParam("service_code", "roads.potholes").formParam("address_string", "ул. Ленина")
                .formParam("description", "Неизвестный атрибут, про яму").formParam("attribute[colour]", "red")
                .when().post(BASE + "/requests.json").then().statusCode(400).body("[0].description", startsWith("attribute[colour]: "));
        XmlPath xml = xml(form(citizen).when().post(BASE + "/requests.xml").then().statusCode(400).contentType(startsWith("text/xml")));
        assertEquals("400", xml.getString("errors.error[0].code"));

        given().queryParam("start_date", "yesterday").when().get(BASE + "/requests.json")
                .then().statusCode(400).body("[0].description", startsWith("start_date: "));
        given().queryParam("start_date", "2025-01-01T00:00:00Z").queryParam("end_date", "2025-06-01T00:00:00Z")
                .when().get(BASE + "/requests.json").then().statusCode(400).body("[0].description", containsString("90"));
        given().queryParam("start_date", "2025-06-01T00:00:00Z").queryParam("end_date", "2025-05-01T00:00:00Z")
                .when().get(BASE + "/requests.json").then().statusCode(400);
        given().queryParam("status", "pending").when().get(BASE + "/requests.json").then().statusCode(400);
        given().queryParam("service_request_id", "12,abc").when().get(BASE + "/requests.json").then().statusCode(400);
        given().when().get(BASE + "/services.html").then().statusCode(400).contentType(startsWith("application/json"));
        XmlPath unauthorized = xml(given().header("Authorization", "Bearer not-a-token").when().get(BASE + "/requests.xml")
                .then().statusCode(401));
        assertEquals("401", unauthorized.getString("errors.error.code"), "even before the resource runs");
    }

    private static RequestSpecification form(String apiKey) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("api_key", apiKey);
    }

    private static XmlPath xml(ValidatableResponse response) {
        String body = response.extract().asString();
        assertEquals(true, body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), body);
        return new XmlPath(body);
    }
}
