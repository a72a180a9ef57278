package ru.otklik.categories;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class CategoryTest {

    @Test
    void thePlatformShipsItsFifteenTopicsAndTheServicemenTopic() {
        given().when().get("/api/v1/categories")
                .then().statusCode(200)
                .body("nextCursor", nullValue())
                .body("items.name", hasItems("Благоустройство", "ЖКХ", "Здравоохранение", "Культура", "Лесное хозяйство",
                        "Образование", "Предпринимательство и экономика", "Ремонт дорог", "Связь и ТВ",
                        "Сельское хозяйство", "Социальное обслуживание и защита", "Строительство", "Транспорт",
                        "Физкультура и спорт", "Экология", "Поддержка участников СВО и их семей"))
                .body("items.find { it.code == 'svo-support' }.priority", equalTo(true))
                .body("items.find { it.code == 'healthcare' }.children.name", hasItem("Запись к врачу"))
                .body("items.find { it.code == 'healthcare' }.deadlineDays", equalTo(10));
    }

    @Test
    void adminManagesCategoriesAndOthersCannot() {
        Map<String, Object> body = new HashMap<>(Map.of("code", "test.managed-" + Numbers.oid(), "name", "Управляемая",
                "deadlineDays", 7));
        given().auth().oauth2(Tokens.moderator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/categories").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/categories").then().statusCode(401);
        String location = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/categories")
                .then().statusCode(201).body("deadlineDays", equalTo(7)).extract().header("Location");
        body.put("name", "Переименованная");
        body.put("priority", true);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().put(location).then().statusCode(200)
                .body("name", equalTo("Переименованная")).body("priority", equalTo(true));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/categories").then().statusCode(409).body("errors[0].field", equalTo("code"));
        given().auth().oauth2(Tokens.admin()).when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404);
    }

    @Test
    void badCategoryInputNamesTheFields() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "Не Латиница", "name", " ", "deadlineDays", 0))
                .when().post("/api/v1/categories")
                .then().statusCode(400).body("errors.field", equalTo(List.of("code", "deadlineDays", "name")));
    }

    @Test
    void aCategoryCannotMoveIntoItsOwnSubtree() {
        String suffix = Numbers.oid();
        long parent = Directory.createCategory("test.tree-" + suffix, null, 10);
        long child = Directory.createCategory("test.tree-" + suffix + ".child", parent, 10);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "test.tree-" + suffix, "name", "Корень", "deadlineDays", 10, "parentId", child))
                .when().put("/api/v1/categories/" + parent)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void aCategoryWithSubcategoriesCannotBeDeletedAndAUsedOneIsDeactivated() {
        String suffix = Numbers.oid();
        long parent = Directory.createCategory("test.used-" + suffix, null, 10);
        long child = Directory.createCategory("test.used-" + suffix + ".child", parent, 10);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/categories/" + parent)
                .then().statusCode(409).body("type", equalTo("https://otklik.ru/problems/conflict"));
        Map<String, Object> organisation = Directory.organisation("Обрабатывает " + suffix, "25701000001");
        organisation.put("categoryIds", List.of(child));
        Directory.create(organisation);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/categories/" + child).then().statusCode(204);
        given().when().get("/api/v1/categories").then()
                .body("items.code", not(hasItem("test.used-" + suffix + ".child")))
                .body("items.find { it.code == 'test.used-" + suffix + "' }.children", equalTo(List.of()));
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/categories/" + parent).then().statusCode(204);
    }
}
