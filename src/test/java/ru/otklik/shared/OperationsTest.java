package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/api/v1/categories").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void openApiDescribesTheContractWithSecurityAndProblems() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", containsString("3.1"))
                .body("paths.'/api/v1/organisations'.get.summary", notNullValue())
                .body("paths.'/api/v1/organisations'.get.responses.'200'.content.'application/json'.schema", notNullValue())
                .body("paths.'/api/v1/appeals/{id}'.get.responses.'200'.content.'application/json'.schema", notNullValue())
                .body("paths.'/api/v1/appeals'.post.responses.'201'.content.'application/json'.schema", notNullValue())
                .body("paths.'/api/v1/organisations'.post.security", notNullValue())
                .body("paths.'/api/v1/organisations'.post.responses.'409'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/routing'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/me'.get.security", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas.Problem", notNullValue());
    }
}
