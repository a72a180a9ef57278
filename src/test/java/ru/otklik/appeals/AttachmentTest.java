package ru.otklik.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class AttachmentTest {

    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes();
    static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

    @Test
    void theAuthorAttachesAPhotoAndDownloadsItBack() throws Exception {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        // a browser sends the file name as raw UTF-8 in the part header
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.write(("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"яма у дома.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        form.write(JPEG);
        form.write("\r\n--b0undary--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String location = given().auth().oauth2(author)
                .contentType("multipart/form-data; boundary=b0undary").body(form.toByteArray())
                .post("/api/v1/appeals/" + id + "/attachments")
                .then().statusCode(201)
                .body("mediaType", equalTo("image/jpeg"))
                .body("size", equalTo(JPEG.length))
                .body("part", equalTo("APPEAL"))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JPEG))))
                .extract().header("Location");
        byte[] downloaded = given().auth().oauth2(author).get(location).then().statusCode(200)
                .contentType("image/jpeg")
                .header("Content-Disposition", containsString("attachment; filename="))
                .header("Content-Disposition", containsString("filename*=UTF-8''%D1%8F%D0%BC%D0%B0"))
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(JPEG, downloaded);
        given().auth().oauth2(author).get("/api/v1/appeals/" + id).then().body("attachments", hasSize(1));
    }

    @Test
    void aForgedFileIsRefusedByItsContent() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        given().auth().oauth2(author).multiPart("file", "photo.png", EXE, "image/png")
                .post("/api/v1/appeals/" + id + "/attachments")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/unsupported-attachment"));
        given().auth().oauth2(author).get("/api/v1/appeals/" + id).then().body("attachments", hasSize(0));
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        given().auth().oauth2(author).multiPart("file", "scan.pdf", big, "application/pdf")
                .post("/api/v1/appeals/" + id + "/attachments")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheServerLimitIsAProblemToo() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        byte[] huge = Arrays.copyOf(PDF, 13 * 1024 * 1024);
        given().auth().oauth2(author).multiPart("file", "huge.pdf", huge, "application/pdf")
                .post("/api/v1/appeals/" + id + "/attachments")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/payload-too-large"));
    }

    @Test
    void atMostFiveFilesAndOnlyBeforeRegistration() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(author).multiPart("file", "scan" + i + ".pdf", PDF, "application/pdf")
                    .post("/api/v1/appeals/" + id + "/attachments").then().statusCode(201);
        }
        given().auth().oauth2(author).multiPart("file", "scan5.pdf", PDF, "application/pdf")
                .post("/api/v1/appeals/" + id + "/attachments").then().statusCode(409);
        long other = Appeals.filePothole(author);
        Appeals.register(other);
        given().auth().oauth2(author).multiPart("file", "late.jpg", JPEG, "image/jpeg")
                .post("/api/v1/appeals/" + other + "/attachments").then().statusCode(409)
                .body("currentStatus", equalTo("REGISTERED"));
    }

    @Test
    void theOfficialAttachesToTheAnswer() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.inProgress(author);
        long file = given().auth().oauth2(Appeals.official()).multiPart("file", "акт.pdf", PDF, "application/pdf")
                .post("/api/v1/appeals/" + id + "/attachments").then().statusCode(201).body("part", equalTo("ANSWER"))
                .extract().jsonPath().getLong("id");
        // the answer's files are the organisation's own until the answer is given
        given().auth().oauth2(author).get("/api/v1/appeals/" + id).then().body("attachments", hasSize(0));
        given().auth().oauth2(author).get("/api/v1/appeals/" + id + "/attachments/" + file).then().statusCode(404);
        Appeals.act(Appeals.official(), id, "answer", Map.of("text", "Ремонт выполнен, акт приёмки во вложении."))
                .statusCode(200).body("attachments[0].part", equalTo("ANSWER"));
        given().auth().oauth2(author).get("/api/v1/appeals/" + id).then().body("attachments", hasSize(1));
        given().auth().oauth2(author).get("/api/v1/appeals/" + id + "/attachments/" + file).then().statusCode(200);
        given().auth().oauth2(author).multiPart("file", "my.jpg", JPEG, "image/jpeg")
                .post("/api/v1/appeals/" + id + "/attachments").then().statusCode(409);
    }

    @Test
    void uploadWithoutAFileNamesTheField() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        given().auth().oauth2(author).multiPart("other", "x").post("/api/v1/appeals/" + id + "/attachments")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void aBrokenMultipartBodyIsAMalformedBodyProblemAndAttachesNothing() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(citizen);
        String[] broken = {
                "--b\r\nFalse--b--\r\n",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nno closing boundary",
                "not a form at all" };
        for (String body : broken) {
            given().auth().oauth2(citizen)
                    .config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                            .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)))
                    .contentType("multipart/form-data; boundary=b").body(body)
                    .when().post("/api/v1/appeals/" + id + "/attachments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://otklik.ru/problems/malformed-body"));
        }
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + id).then().body("attachments", hasSize(0));
    }
}
