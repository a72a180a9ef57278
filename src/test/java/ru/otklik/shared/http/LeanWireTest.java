package ru.otklik.shared.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** Conditional reads (ETag, If-None-Match → 304), who may cache what, and compression as the client asks. */
@QuarkusTest
class LeanWireTest {

    /** RestAssured asks for gzip by itself; these requests say exactly what they accept. */
    private static RequestSpecification raw() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    @Test
    void anAppealReadAgainWithItsETagIsNotModifiedUntilAnActionChangesIt() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(citizen);
        String etag = given().auth().oauth2(citizen).get("/api/v1/appeals/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").extract().header("ETag");

        given().auth().oauth2(citizen).header("If-None-Match", etag).get("/api/v1/appeals/" + id)
                .then().statusCode(304).header("ETag", etag).body(emptyString());

        Appeals.register(id);

        given().auth().oauth2(citizen).header("If-None-Match", etag).get("/api/v1/appeals/" + id)
                .then().statusCode(200).header("ETag", not(equalTo(etag))).body("status", equalTo("REGISTERED"));
    }

    @Test
    void aPrivateReadIsKeptOnlyByTheCallersOwnClientAndRevalidated() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(citizen);

        given().auth().oauth2(citizen).get("/api/v1/appeals/" + id).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("Vary", containsString("Authorization"));
        // lists of private data are not even kept by the caller's client
        given().auth().oauth2(citizen).get("/api/v1/appeals").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
    }

    @Test
    void problemsAreNeverCachedNorTagged() {
        given().auth().oauth2(Tokens.trustedCitizen(Numbers.oid())).header("If-None-Match", "*")
                .get("/api/v1/appeals/" + Long.MAX_VALUE)
                .then().statusCode(404).header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
    }

    @Test
    void thePublicCategoryTreeMayBeCachedBrieflyByAnyoneAndIsNotModifiedWhenAskedAgain() {
        String etag = given().get("/api/v1/categories").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", notNullValue())
                .extract().header("ETag");
        // the same body for everyone: the same tag with a token
        given().auth().oauth2(Tokens.trustedCitizen(Numbers.oid())).get("/api/v1/categories")
                .then().statusCode(200).header("ETag", etag);
        given().header("If-None-Match", "\"other\", " + etag).get("/api/v1/categories")
                .then().statusCode(304).header("ETag", etag).header("Cache-Control", equalTo("public, max-age=60"));
        // one Cache-Control, not the API's default beside the read's own
        assertEquals(List.of("public, max-age=60"), given().get("/api/v1/categories").headers().getValues("Cache-Control"));
        assertEquals(List.of("no-store"), given().get("/api/v1/appeals/1").headers().getValues("Cache-Control"));
    }

    @Test
    void anOrganisationChangedSinceItsETagIsSentAgainInFull() {
        Map<String, Object> body = Directory.organisation("Учреждение " + Numbers.oid(), "25701000");
        long id = Directory.create(body);
        String etag = given().get("/api/v1/organisations/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/organisations/" + id).then().statusCode(304);

        body.put("shortName", "Переименованное " + Numbers.oid());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/organisations/" + id).then().statusCode(200);

        String renamed = given().header("If-None-Match", etag).get("/api/v1/organisations/" + id)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, renamed);
    }

    @Test
    void aLargeJsonBodyIsGzippedOnlyForAClientThatAsks() throws IOException {
        Response gzipped = raw().header("Accept-Encoding", "gzip").get("/api/v1/categories");
        gzipped.then().statusCode(200).header("Content-Encoding", "gzip").header("Vary", containsString("Accept-Encoding"));
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.asByteArray())).readAllBytes(),
                StandardCharsets.UTF_8);
        Response plain = raw().get("/api/v1/categories");
        plain.then().statusCode(200).header("Content-Encoding", nullValue());
        assertEquals(plain.asString(), json);
    }

    @Test
    void aSmallBodyGoesOutUncompressedEvenWhenGzipIsAccepted() {
        raw().header("Accept-Encoding", "gzip").get("/api/v1/categories/" + Directory.categoryId("roads.potholes"))
                .then().statusCode(200).header("Content-Encoding", not(equalTo("gzip")));
    }
}
