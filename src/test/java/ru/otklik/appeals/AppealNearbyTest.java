package ru.otklik.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.MapAppeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** The public map: what a marker shows, where an area ends, what never appears, clusters, and bad input. */
@QuarkusTest
class AppealNearbyTest {

    private static JsonPath near(double lat, double lon, int radius) {
        return given().queryParam("lat", lat).queryParam("lon", lon).queryParam("radius", radius)
                .get("/api/v1/appeals/nearby").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath inBox(String bbox, Object... more) {
        var request = given().queryParam("bbox", bbox);
        for (int i = 0; i < more.length; i += 2) {
            request.queryParam((String) more[i], more[i + 1]);
        }
        return request.get("/api/v1/appeals/nearby").then().statusCode(200).extract().jsonPath();
    }

    private static String box(double minLon, double minLat, double maxLon, double maxLat) {
        return String.format(java.util.Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", minLon, minLat, maxLon, maxLat);
    }

    @Test
    void anyoneSeesAMarkerWithoutTextAuthorOrExactPoint() {
        double[] spot = MapAppeals.spot();
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = MapAppeals.pothole(citizen, spot[0] + 0.000049, spot[1] - 0.000051);

        given().queryParam("lat", spot[0]).queryParam("lon", spot[1]).queryParam("radius", 50)
                .get("/api/v1/appeals/nearby").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("total", equalTo(1))
                .body("markers", hasSize(1))
                .body("markers[0].id", equalTo((int) id))
                .body("markers[0].category", equalTo("Ямы на дорогах"))
                .body("markers[0].status", equalTo("REGISTERED"))
                .body("markers[0].lat", equalTo((float) (spot[0])))
                .body("markers[0].lon", equalTo((float) (spot[1] - 0.0001)))
                .body("markers[0].supporters", equalTo(0))
                .body("markers[0]", not(hasKey("text")))
                .body("markers[0]", not(hasKey("address")))
                .body("markers[0]", not(hasKey("authorOid")))
                .body("clusters", empty());
    }

    @Test
    void aRadiusIncludesWhatIsInsideAndNothingJustOutside() {
        double[] spot = MapAppeals.spot();
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        // 0.0008° of latitude is 89 m, 0.0010° is 111 m
        long inside = MapAppeals.pothole(citizen, spot[0] + 0.0008, spot[1]);
        long outside = MapAppeals.pothole(citizen, spot[0] + 0.0010, spot[1]);

        assertEquals(List.of((int) inside), near(spot[0], spot[1], 100).getList("markers.id"));
        near(spot[0], spot[1], 120).getList("markers.id").containsAll(List.of((int) inside, (int) outside));
        assertEquals(2, near(spot[0], spot[1], 120).getInt("total"));
    }

    @Test
    void aBoxIncludesItsEdgesAndNothingBeyond() {
        double[] spot = MapAppeals.spot();
        long id = MapAppeals.pothole(Tokens.trustedCitizen(Numbers.oid()), spot[0], spot[1]);

        String edge = box(spot[1], spot[0], spot[1] + 0.01, spot[0] + 0.01);
        assertEquals(List.of((int) id), inBox(edge).getList("markers.id"));
        String beyond = box(spot[1] + 0.00001, spot[0], spot[1] + 0.01, spot[0] + 0.01);
        assertEquals(List.of(), inBox(beyond).getList("markers.id"));
    }

    @Test
    void unmoderatedWithdrawnAndSensitiveAppealsNeverAppear() {
        double[] spot = MapAppeals.spot();
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long shown = MapAppeals.pothole(citizen, spot[0], spot[1]);
        MapAppeals.submitted(citizen, "roads.potholes", spot[0], spot[1], "Ещё не проверено модератором");
        MapAppeals.registered(citizen, "healthcare.medicines", spot[0], spot[1], "Нет инсулина в аптеке");
        MapAppeals.registered(citizen, "svo-support.family-help", spot[0], spot[1], "Помощь семье участника");
        long withdrawn = MapAppeals.pothole(citizen, spot[0], spot[1]);
        Appeals.act(citizen, withdrawn, "withdraw", Map.of()).statusCode(200);

        assertEquals(List.of((int) shown), near(spot[0], spot[1], 100).getList("markers.id"));
        // not even counted in clusters, nor found by asking for their category
        assertEquals(1, given().queryParam("lat", spot[0]).queryParam("lon", spot[1]).queryParam("zoom", 12)
                .get("/api/v1/appeals/nearby").then().statusCode(200).extract().jsonPath().getInt("total"));
        given().queryParam("lat", spot[0]).queryParam("lon", spot[1])
                .queryParam("category", ru.otklik.testsupport.Directory.categoryId("healthcare"))
                .get("/api/v1/appeals/nearby").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theSensitiveFlagIsShownOnCategories() {
        given().get("/api/v1/categories/" + ru.otklik.testsupport.Directory.categoryId("healthcare.medicines"))
                .then().statusCode(200).body("sensitive", equalTo(true));
        given().get("/api/v1/categories/" + ru.otklik.testsupport.Directory.categoryId("roads.potholes"))
                .then().statusCode(200).body("sensitive", equalTo(false));
    }

    @Test
    void clusterCountsAddUpToTheMarkers() {
        // the spot a third into a cell of zoom 12, so that each group below falls in one cell, wherever the spot is
        double cell = ru.otklik.appeals.service.MapGeometry.cell(12);
        double[] random = MapAppeals.spot();
        double[] spot = { (Math.floor(random[0] / cell) + 0.3) * cell, (Math.floor(random[1] / cell) + 0.3) * cell };
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        for (int i = 0; i < 3; i++) {
            MapAppeals.pothole(citizen, spot[0] + i * 0.0003, spot[1]);
        }
        MapAppeals.pothole(citizen, spot[0] + 0.02, spot[1] + 0.02);
        MapAppeals.pothole(citizen, spot[0] + 0.021, spot[1] + 0.02);
        String bbox = box(spot[1] - 0.01, spot[0] - 0.01, spot[1] + 0.03, spot[0] + 0.03);

        JsonPath markers = inBox(bbox);
        JsonPath clusters = inBox(bbox, "zoom", 12);
        assertEquals(5, markers.getList("markers").size());
        assertEquals(5, clusters.getInt("total"));
        assertEquals(5, clusters.getList("clusters.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
        assertEquals(List.of(3, 2), clusters.getList("clusters.count", Integer.class));
        assertEquals(List.of(), clusters.getList("markers"));
    }

    @Test
    void openAndClosedAreTold() {
        double[] spot = MapAppeals.spot();
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long open = MapAppeals.pothole(citizen, spot[0], spot[1]);
        given().queryParam("lat", spot[0]).queryParam("lon", spot[1]).queryParam("state", "open")
                .get("/api/v1/appeals/nearby").then().statusCode(200).body("markers.id", contains((int) open));
        given().queryParam("lat", spot[0]).queryParam("lon", spot[1]).queryParam("state", "closed")
                .get("/api/v1/appeals/nearby").then().statusCode(200).body("markers", empty());
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "lat=90.0001&lon=0|lat",
            "lat=-91&lon=0|lat",
            "lat=0&lon=180.5|lon",
            "lat=0&lon=-181|lon",
            "lat=0|lon",
            "lon=0|lat",
            "radius=10|lat",
            "lat=52&lon=104&radius=0|radius",
            "lat=52&lon=104&radius=5001|radius",
            "bbox=104.3,52.2,104.2,52.3|bbox",
            "bbox=104.2,52.3,104.3,52.2|bbox",
            "bbox=104.2,52.2,181,52.3|bbox",
            "bbox=100,50,106,52|bbox",
            "bbox=1,2,3|bbox",
            "bbox=104.2,52.2,104.3,52.3&lat=52|bbox",
            "lat=52&lon=104&from=2026-03-02&to=2026-03-01|to",
            "lat=52&lon=104&zoom=21|zoom",
            "lat=52&lon=104&zoom=20|zoom",
            "lat=52&lon=104&state=all|state",
    })
    void badAreasAreRefusedNamingTheField(String query, String field) {
        given().get("/api/v1/appeals/nearby?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .header("Cache-Control", equalTo("no-store"))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0} is a valid place")
    @CsvSource(delimiter = '|', value = { "lat=90&lon=180", "lat=-90&lon=-180", "lat=0&lon=0", "lat=89.9999&lon=179.9999",
            "bbox=179,-90,180,-89" })
    void polesAndTheDateLineAreValidPlaces(String query) {
        given().get("/api/v1/appeals/nearby?" + query).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void suggestionsRankLikelyDuplicatesAndShowTextsOnlyToWhoMaySeeThem() {
        double[] spot = MapAppeals.spot();
        String author = Tokens.trustedCitizen(Numbers.oid());
        String other = Tokens.trustedCitizen(Numbers.oid());
        long alike = MapAppeals.registered(author, "roads.potholes", spot[0] + 0.0005, spot[1],
                "Глубокая яма у остановки, пробиты колёса");
        long unlike = MapAppeals.registered(author, "roads.potholes", spot[0] + 0.0001, spot[1],
                "Разбитый асфальт на перекрёстке");
        MapAppeals.registered(author, "landscaping.lighting", spot[0], spot[1], "Яма и не горит фонарь");
        long far = MapAppeals.registered(author, "roads.potholes", spot[0] + 0.01, spot[1], "Яма, колёса пробиты");

        Map<String, Object> query = Map.of("lat", spot[0], "lon", spot[1], "text", "яма пробила колесо",
                "category", ru.otklik.testsupport.Directory.categoryId("roads.potholes"));
        given().auth().oauth2(author).queryParams(query).get("/api/v1/appeals/nearby/similar").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"))
                .body("marker.id", contains((int) alike, (int) unlike))
                .body("[0].score", greaterThan(0f))
                .body("[0].distance", equalTo(56))
                .body("[0].excerpt", equalTo("Глубокая яма у остановки, пробиты колёса"));
        given().auth().oauth2(other).queryParams(query).get("/api/v1/appeals/nearby/similar").then().statusCode(200)
                .body("marker.id", contains((int) alike, (int) unlike))
                .body("excerpt", containsInAnyOrder(nullValue(), nullValue()));
        assertEquals(false, List.of(alike, unlike).contains(far));
    }

    @Test
    void suggestionsNeedACategoryAPointAndAToken() {
        given().auth().oauth2(Tokens.trustedCitizen(Numbers.oid())).queryParam("lat", 52).queryParam("lon", 104)
                .get("/api/v1/appeals/nearby/similar").then().statusCode(400).body("errors.field", hasItem("category"));
        given().queryParam("lat", 52).queryParam("lon", 104).queryParam("category", 1)
                .get("/api/v1/appeals/nearby/similar").then().statusCode(401);
    }
}
