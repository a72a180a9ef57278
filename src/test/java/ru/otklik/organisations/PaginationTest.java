package ru.otklik.organisations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;

@QuarkusTest
class PaginationTest {

    @Test
    void walkingAListWhileRowsAreInsertedSkipsNothingAndRepeatsNothing() {
        String prefix = Numbers.oktmoPrefix();
        Set<Long> existing = new HashSet<>();
        for (int i = 0; i < 17; i++) {
            existing.add(Directory.create(Directory.organisation(String.format("Учреждение %02d", i * 2), prefix + "000")));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int page = 0;
        do {
            var request = given().queryParam("oktmo", prefix).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath body = request.when().get("/api/v1/organisations").then().statusCode(200).extract().jsonPath();
            body.getList("items.id", Long.class).forEach(seen::add);
            cursor = body.getString("nextCursor");
            // between pages others insert: names before, between and after what was already read
            Directory.create(Directory.organisation(String.format("Учреждение %02d", page * 2 + 1), prefix + "000"));
            Directory.create(Directory.organisation("Аааа " + page, prefix + "000"));
            Directory.create(Directory.organisation("Яяяя " + page, prefix + "000"));
            page++;
        } while (cursor != null && page < 100);

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no organisation twice: " + seen);
        assertTrue(seen.containsAll(existing), "every organisation that existed before the walk is seen");
        List<String> names = new ArrayList<>();
        for (Long id : seen) {
            names.add(given().get("/api/v1/organisations/" + id).then().extract().jsonPath().getString("shortName"));
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names, "pages follow one order");
    }

    @Test
    void lastPageHasNoCursor() {
        String prefix = Numbers.oktmoPrefix();
        Directory.create(Directory.organisation("Одна", prefix + "000"));
        Directory.create(Directory.organisation("Две", prefix + "000"));
        JsonPath first = given().queryParam("oktmo", prefix).queryParam("limit", 2).get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, first.getList("items").size());
        assertEquals(null, first.getString("nextCursor"));
        JsonPath partial = given().queryParam("oktmo", prefix).queryParam("limit", 1).get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath();
        JsonPath second = given().queryParam("oktmo", prefix).queryParam("limit", 1)
                .queryParam("cursor", partial.getString("nextCursor")).get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, second.getList("items").size());
        assertEquals(null, second.getString("nextCursor"));
    }
}
