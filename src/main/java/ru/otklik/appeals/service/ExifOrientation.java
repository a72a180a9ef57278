package ru.otklik.appeals.service;

import java.nio.charset.StandardCharsets;

/**
 * The orientation tag (0x0112) of a JPEG's Exif block: phones store a photo as the sensor saw it and say in this tag
 * how to turn it upright. ImageIO ignores the tag, and reading Exif through its metadata tree costs more than walking
 * the few bytes needed here. Anything malformed (a truncated segment, an offset outside the block, a value out of
 * range) means "as stored": a thumbnail turned wrongly is better than none.
 */
final class ExifOrientation {

    /** As stored: no rotation, no flip. */
    static final int NORMAL = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifOrientation() {
    }

    /** The orientation (1 to 8) of a JPEG, {@link #NORMAL} when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return NORMAL;
        }
        int at = 2;
        while (at + 1 < jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return NORMAL;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // a fill byte before the marker
                continue;
            }
            at += 2;
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                continue; // markers without a segment
            }
            if (marker == 0xDA || marker == 0xD9 || at + 2 > jpeg.length) {
                return NORMAL; // the image data begins: Exif comes before it or not at all
            }
            int length = u16(jpeg, at, true);
            if (length < 2 || at + length > jpeg.length) {
                return NORMAL;
            }
            if (marker == 0xE1 && startsWith(jpeg, at + 2, EXIF_HEADER)) {
                int tiff = at + 2 + EXIF_HEADER.length;
                return inTiff(jpeg, tiff, at + length);
            }
            at += length;
        }
        return NORMAL;
    }

    /** The tag in IFD0 of the TIFF structure at {@code [start, end)} of the file. */
    private static int inTiff(byte[] data, int start, int end) {
        if (start + 8 > end) {
            return NORMAL;
        }
        boolean bigEndian;
        if (data[start] == 'M' && data[start + 1] == 'M') {
            bigEndian = true;
        } else if (data[start] == 'I' && data[start + 1] == 'I') {
            bigEndian = false;
        } else {
            return NORMAL;
        }
        if (u16(data, start + 2, bigEndian) != 42) {
            return NORMAL;
        }
        long ifd = u32(data, start + 4, bigEndian);
        if (ifd < 8 || start + ifd + 2 > end) {
            return NORMAL;
        }
        int entries = start + (int) ifd;
        int count = u16(data, entries, bigEndian);
        for (int i = 0; i < count; i++) {
            int entry = entries + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(data, entry, bigEndian) == ORIENTATION_TAG) {
                if (u16(data, entry + 2, bigEndian) != TYPE_SHORT || u32(data, entry + 4, bigEndian) != 1) {
                    return NORMAL;
                }
                // a single SHORT sits in the first two bytes of the value field
                int value = u16(data, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** Orientations 5 to 8 turn the picture by a quarter: its width becomes its height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] data, int at, boolean bigEndian) {
        int a = data[at] & 0xFF;
        int b = data[at + 1] & 0xFF;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    private static long u32(byte[] data, int at, boolean bigEndian) {
        long high = u16(data, at, bigEndian);
        long low = u16(data, at + 2, bigEndian);
        return bigEndian ? high << 16 | low : low << 16 | high;
    }
}
