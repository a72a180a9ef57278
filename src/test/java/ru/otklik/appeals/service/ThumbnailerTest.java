package ru.otklik.appeals.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ru.otklik.testsupport.Images;

class ThumbnailerTest {

    private final Thumbnailer thumbnailer = new Thumbnailer(320, 50_000_000);

    @Test
    void theLongerSideBecomes320AndTheShorterKeepsTheProportion() throws IOException {
        BufferedImage wide = thumbnail(Images.jpeg(1200, 800), "image/jpeg");
        assertEquals(320, wide.getWidth());
        assertEquals(213, wide.getHeight());
        BufferedImage tall = thumbnail(Images.png(600, 2400, false), "image/png");
        assertEquals(80, tall.getWidth());
        assertEquals(320, tall.getHeight());
    }

    @Test
    void aLargePhotoIsDecodedSubsampledAndStillComesOutRight() throws IOException {
        BufferedImage thumbnail = thumbnail(Images.jpeg(6000, 4000), "image/jpeg");
        assertEquals(320, thumbnail.getWidth());
        assertEquals(213, thumbnail.getHeight());
        assertReddish(thumbnail, 40, 100);
        assertBluish(thumbnail, 280, 100);
    }

    @Test
    void everyOrientationStandsThePhotoUpright() throws IOException {
        // stored: red left half, blue right half; where red ends up after turning as the tag says
        byte[] photo = Images.jpeg(1200, 800);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage t = thumbnail(Images.withOrientation(photo, orientation, orientation % 2 == 0), "image/jpeg");
            boolean portrait = orientation >= 5;
            assertEquals(portrait ? 213 : 320, t.getWidth(), "width at " + orientation);
            assertEquals(portrait ? 320 : 213, t.getHeight(), "height at " + orientation);
            // landscape: is red on the left? portrait: is red on top? (a quarter clockwise takes the left side up)
            boolean redFirst = switch (orientation) {
                case 1, 4, 5, 6 -> true;
                default -> false;
            };
            int firstX = portrait ? t.getWidth() / 2 : t.getWidth() / 4;
            int firstY = portrait ? t.getHeight() / 4 : t.getHeight() / 2;
            int secondX = portrait ? firstX : t.getWidth() * 3 / 4;
            int secondY = portrait ? t.getHeight() * 3 / 4 : firstY;
            if (redFirst) {
                assertReddish(t, firstX, firstY);
                assertBluish(t, secondX, secondY);
            } else {
                assertBluish(t, firstX, firstY);
                assertReddish(t, secondX, secondY);
            }
        }
    }

    @Test
    void aSmallImageIsNotEnlarged() throws IOException {
        BufferedImage thumbnail = thumbnail(Images.png(100, 50, false), "image/png");
        assertEquals(100, thumbnail.getWidth());
        assertEquals(50, thumbnail.getHeight());
    }

    @Test
    void transparencyIsLaidOnWhite() throws IOException {
        BufferedImage thumbnail = thumbnail(Images.png(400, 200, true), "image/png");
        assertFalse(thumbnail.getColorModel().hasAlpha());
        Color transparentPart = new Color(thumbnail.getRGB(40, 40));
        assertTrue(transparentPart.getRed() > 240 && transparentPart.getGreen() > 240 && transparentPart.getBlue() > 240,
                "white, not black: " + transparentPart);
        Color opaquePart = new Color(thumbnail.getRGB(280, 40));
        assertTrue(opaquePart.getGreen() > 200 && opaquePart.getRed() < 60, "green: " + opaquePart);
    }

    @Test
    void theThumbnailCarriesNoneOfThePhotosMetadata() throws IOException {
        byte[] photo = Images.withOrientation(Images.jpeg(1200, 800), 1, true);
        assertTrue(Images.contains(photo, "Exif"));
        byte[] thumbnail = thumbnailer.make(photo, "image/jpeg").orElseThrow();
        assertFalse(Images.contains(thumbnail, "Exif"));
    }

    @Test
    void anImageOverThePixelCapIsNotDecoded() throws IOException {
        Thumbnailer capped = new Thumbnailer(320, 1_000_000);
        assertTrue(capped.make(Images.jpeg(1200, 900), "image/jpeg").isEmpty());
        assertTrue(capped.make(Images.jpeg(1000, 1000), "image/jpeg").isPresent());
        assertTrue(thumbnailer.make(Images.pngClaiming(100_000, 100_000), "image/png").isEmpty());
        // within the pixel count, but a single row would take 400 MB of the decoder's memory
        assertTrue(thumbnailer.make(Images.pngClaiming(50_000_000, 1), "image/png").isEmpty());
    }

    @Test
    void aPdfHasNone() throws IOException {
        assertTrue(thumbnailer.make("%PDF-1.7\n".getBytes(), "application/pdf").isEmpty());
    }

    @Test
    void brokenImagesAreAnIoErrorNeverAnotherException() {
        byte[] jpeg = Images.jpeg(1200, 800);
        assertThrows(IOException.class, () -> thumbnailer.make(Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg"));
        byte[] png = Images.png(400, 200, false);
        assertThrows(IOException.class, () -> thumbnailer.make(Arrays.copyOf(png, png.length / 2), "image/png"));
        assertThrows(IOException.class, () -> thumbnailer.make(Images.pngClaiming(2000, 1000), "image/png"));
        byte[] garbage = new byte[4096];
        new java.util.Random(14).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        assertThrows(IOException.class, () -> thumbnailer.make(garbage, "image/jpeg"));
    }

    @Test
    void aCmykJpegGetsAThumbnailOrAnIoErrorNothingElse() {
        // older JDKs refuse four-channel JPEGs ("Unsupported Image Type"), newer ones convert them: either is fine
        try {
            thumbnailer.make(Images.cmykJpeg(64, 32), "image/jpeg").ifPresent(jpeg -> assertEquals(64, Images.decode(jpeg).getWidth()));
        } catch (IOException refused) {
            assertTrue(refused.getMessage() != null);
        }
    }

    private BufferedImage thumbnail(byte[] image, String mediaType) throws IOException {
        return Images.decode(thumbnailer.make(image, mediaType).orElseThrow());
    }

    private static void assertReddish(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        assertTrue(c.getRed() > 180 && c.getBlue() < 80, "red at " + x + "," + y + ": " + c);
    }

    private static void assertBluish(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        assertTrue(c.getBlue() > 180 && c.getRed() < 80, "blue at " + x + "," + y + ": " + c);
    }
}
