package ru.otklik.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Images;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class AttachmentThumbnailTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes();

    @Test
    void aPhotoGetsA320PixelThumbnailWithoutItsMetadata() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        byte[] photo = Images.withOrientation(Images.jpeg(1200, 800), 1, false);
        long file = Images.attach(author, id, "яма.jpg", photo, "image/jpeg").statusCode(201)
                .body("thumbnail", equalTo(true)).body("size", equalTo(photo.length))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(author).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("attachments[0].thumbnail", equalTo(true));

        byte[] thumbnail = thumbnail(author, id, file).statusCode(200).contentType("image/jpeg").extract().asByteArray();
        BufferedImage image = Images.decode(thumbnail);
        assertEquals(320, image.getWidth());
        assertEquals(213, image.getHeight());
        assertFalse(Images.contains(thumbnail, "Exif"), "re-encoded without the photo's Exif block");
        // the original is untouched
        assertArrayEquals(photo, given().auth().oauth2(author).get("/api/v1/appeals/" + id + "/attachments/" + file)
                .then().statusCode(200).extract().asByteArray());
    }

    @Test
    void theThumbnailIsCachedPrivatelyAndRevalidatedWithItsETag() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        long file = attached(author, id, Images.jpeg(640, 480), "image/jpeg");
        ExtractableResponse<Response> first = thumbnail(author, id, file).statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache")).header("ETag", startsWith("\"")).extract();
        String etag = first.header("ETag");
        assertEquals(etag, thumbnail(author, id, file).extract().header("ETag"), "the same bytes, the same tag");
        given().auth().oauth2(author).header("If-None-Match", etag)
                .get("/api/v1/appeals/" + id + "/attachments/" + file + "/thumbnail")
                .then().statusCode(304);
        // the original too, tagged by its SHA-256
        String sha256 = given().auth().oauth2(author).get("/api/v1/appeals/" + id).then()
                .extract().jsonPath().getString("attachments[0].sha256");
        given().auth().oauth2(author).get("/api/v1/appeals/" + id + "/attachments/" + file).then().statusCode(200)
                .header("ETag", equalTo("\"" + sha256 + "\"")).header("Cache-Control", equalTo("private, no-cache"));
        given().auth().oauth2(author).header("If-None-Match", "\"" + sha256 + "\"")
                .get("/api/v1/appeals/" + id + "/attachments/" + file).then().statusCode(304);
    }

    @Test
    void aSmallPngIsNotEnlarged() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        long file = attached(author, id, Images.png(100, 50, false), "image/png");
        BufferedImage image = Images.decode(thumbnail(author, id, file).statusCode(200).contentType("image/jpeg")
                .extract().asByteArray());
        assertEquals(100, image.getWidth());
        assertEquals(50, image.getHeight());
    }

    @Test
    void aTransparentPngGetsAWhiteBackground() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        long file = attached(author, id, Images.png(800, 400, true), "image/png");
        BufferedImage image = Images.decode(thumbnail(author, id, file).statusCode(200).extract().asByteArray());
        assertEquals(320, image.getWidth());
        assertEquals(160, image.getHeight());
        Color transparent = new Color(image.getRGB(40, 80));
        assertTrue(transparent.getRed() > 240 && transparent.getGreen() > 240 && transparent.getBlue() > 240,
                "white: " + transparent);
    }

    @Test
    void aPhoneHeldUprightGivesAPortraitThumbnail() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        // stored landscape, red left and blue right, tagged "turn a quarter clockwise": upright, red is on top
        long file = attached(author, id, Images.withOrientation(Images.jpeg(1200, 800), 6, false), "image/jpeg");
        BufferedImage image = Images.decode(thumbnail(author, id, file).statusCode(200).extract().asByteArray());
        assertEquals(213, image.getWidth());
        assertEquals(320, image.getHeight());
        Color top = new Color(image.getRGB(106, 60));
        Color bottom = new Color(image.getRGB(106, 260));
        assertTrue(top.getRed() > 180 && top.getBlue() < 80, "red on top: " + top);
        assertTrue(bottom.getBlue() > 180 && bottom.getRed() < 80, "blue below: " + bottom);
    }

    @Test
    void aPdfHasNoThumbnail() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        long file = Images.attach(author, id, "scan.pdf", PDF, "application/pdf").statusCode(201)
                .body("thumbnail", equalTo(false)).extract().jsonPath().getLong("id");
        thumbnail(author, id, file).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/not-found"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void aTruncatedPhotoIsAcceptedWithoutAThumbnail() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        byte[] photo = Images.jpeg(1200, 800);
        byte[] truncated = Arrays.copyOf(photo, photo.length / 2);
        long file = Images.attach(author, id, "cut.jpg", truncated, "image/jpeg").statusCode(201)
                .body("thumbnail", equalTo(false)).body("mediaType", equalTo("image/jpeg"))
                .extract().jsonPath().getLong("id");
        thumbnail(author, id, file).statusCode(404).contentType("application/problem+json");
        assertArrayEquals(truncated, given().auth().oauth2(author).get("/api/v1/appeals/" + id + "/attachments/" + file)
                .then().statusCode(200).extract().asByteArray());
        // nothing decodable at all behind a JPEG's first bytes: the same
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        Images.attach(author, id, "noise.jpg", garbage, "image/jpeg").statusCode(201).body("thumbnail", equalTo(false));
    }

    @Test
    void aHeaderClaimingAHugeImageGetsNoThumbnail() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        // 10 gigapixels in a file of 70 bytes: refused by the header's dimensions, never decoded
        Images.attach(author, id, "bomb.png", Images.pngClaiming(100_000, 100_000), "image/png").statusCode(201)
                .body("thumbnail", equalTo(false));
    }

    @Test
    void whoMayNotSeeTheOriginalGets404ForItsThumbnailAlike() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        String other = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        long file = attached(author, id, Images.jpeg(400, 300), "image/jpeg");
        String original = given().auth().oauth2(other).get("/api/v1/appeals/" + id + "/attachments/" + file)
                .then().statusCode(404).contentType("application/problem+json").extract().jsonPath().getString("type");
        thumbnail(other, id, file).statusCode(404).contentType("application/problem+json").body("type", equalTo(original));
        given().get("/api/v1/appeals/" + id + "/attachments/" + file + "/thumbnail").then().statusCode(401);
        // a file of another appeal is not found through this one
        long otherAppeal = Appeals.filePothole(author);
        thumbnail(author, otherAppeal, file).statusCode(404);
    }

    @Test
    void theAnswersPhotoThumbnailIsShownToTheAuthorOnlyOnceAnswered() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.inProgress(author);
        long file = attached(Appeals.official(), id, Images.jpeg(800, 600), "image/jpeg");
        thumbnail(Appeals.official(), id, file).statusCode(200);
        thumbnail(author, id, file).statusCode(404);
        Appeals.act(Appeals.official(), id, "answer", Map.of("text", "Яма заделана, фото после ремонта во вложении."))
                .statusCode(200);
        thumbnail(author, id, file).statusCode(200).contentType("image/jpeg");
    }

    private static long attached(String token, long appealId, byte[] content, String type) {
        return Images.attach(token, appealId, type.equals("image/png") ? "photo.png" : "photo.jpg", content, type)
                .statusCode(201).body("thumbnail", equalTo(true)).extract().jsonPath().getLong("id");
    }

    private static io.restassured.response.ValidatableResponse thumbnail(String token, long appealId, long file) {
        return given().auth().oauth2(token).get("/api/v1/appeals/" + appealId + "/attachments/" + file + "/thumbnail").then();
    }
}
