package ru.otklik.appeals.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ru.otklik.testsupport.Images;

class ExifOrientationTest {

    private static final byte[] PHOTO = Images.jpeg(40, 20);

    @Test
    void readsEveryOrientationInBothByteOrders() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertEquals(orientation, ExifOrientation.of(Images.withOrientation(PHOTO, orientation, true)), "MM " + orientation);
            assertEquals(orientation, ExifOrientation.of(Images.withOrientation(PHOTO, orientation, false)), "II " + orientation);
        }
    }

    @Test
    void aPhotoWithoutExifIsAsStored() {
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(PHOTO));
    }

    @Test
    void findsExifBehindAnXmpBlockAndFillBytes() {
        byte[] xmp = Images.segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(StandardCharsets.US_ASCII));
        byte[] withExif = Images.withOrientation(PHOTO, 6, false);
        byte[] both = Images.insertAfterSoi(withExif, xmp);
        assertEquals(6, ExifOrientation.of(both));
        byte[] fill = Images.insertAfterSoi(withExif, new byte[] { (byte) 0xFF, (byte) 0xFF });
        assertEquals(6, ExifOrientation.of(fill));
    }

    @Test
    void exifAfterTheImageDataIsNotLookedFor() {
        // the scan stops at the start of the image data: nothing behind it is a header any more
        byte[] sos = Images.segment(0xDA, new byte[] { 1, 2, 3 });
        byte[] tail = Images.withOrientation(new byte[] { (byte) 0xFF, (byte) 0xD8 }, 6, true);
        byte[] file = new byte[2 + sos.length + tail.length - 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xD8;
        System.arraycopy(sos, 0, file, 2, sos.length);
        System.arraycopy(tail, 2, file, 2 + sos.length, tail.length - 2);
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(file));
    }

    @Test
    void aValueOutOfRangeOrOfAnotherTypeIsAsStored() {
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(Images.withOrientation(PHOTO, 9, true)));
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(Images.withOrientation(PHOTO, 0, false)));
        byte[] segment = Images.exifSegment(6, true);
        // the orientation entry is the second of IFD0: its type field from SHORT (3) to LONG (4)
        int type = 4 + 6 + 8 + 2 + 12 + 2;
        assertEquals(3, segment[type + 1]);
        segment[type + 1] = 4;
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(Images.insertAfterSoi(PHOTO, segment)));
    }

    @Test
    void truncatedOrLyingSegmentsAreAsStoredAndNeverThrow() {
        byte[] withExif = Images.withOrientation(PHOTO, 6, true);
        for (int length = 0; length < 80; length++) {
            int orientation = ExifOrientation.of(Arrays.copyOf(withExif, length));
            assertTrue(orientation == ExifOrientation.NORMAL || orientation == 6, "cut at " + length);
        }
        // an IFD offset pointing past the block, and a segment length past the file
        byte[] segment = Images.exifSegment(6, true);
        segment[4 + 6 + 7] = 0x7F;
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(Images.insertAfterSoi(PHOTO, segment)));
        byte[] lying = withExif.clone();
        lying[4] = (byte) 0x7F;
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(lying));
        assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(new byte[] { 'G', 'I', 'F', '8' }));
    }

    @Test
    void onlyQuarterTurnsSwapTheSides() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            if (orientation >= 5) {
                assertTrue(ExifOrientation.swapsSides(orientation));
            } else {
                assertFalse(ExifOrientation.swapsSides(orientation));
            }
        }
    }
}
