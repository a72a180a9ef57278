package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.restassured.response.ValidatableResponse;

/** Photos for attachment tests: generated JPEGs and PNGs, an Exif block with an orientation, a lying PNG header. */
public final class Images {

    private Images() {
    }

    /** A JPEG whose left half is red and right half blue, so a turned thumbnail shows which way it turned. */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return write(image, "jpeg");
    }

    /** A four-channel (CMYK-like) JPEG, as print workflows export: a raster written without a colour model. */
    public static byte[] cmykJpeg(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A PNG, opaque green, or with {@code transparent} a fully transparent left half (the right half green). */
    public static byte[] png(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(transparent ? width / 2 : 0, 0, transparent ? width - width / 2 : width, height);
        g.dispose();
        return write(image, "png");
    }

    /** The JPEG with an Exif APP1 segment right after its start marker, carrying the orientation tag. */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        return insertAfterSoi(jpeg, exifSegment(orientation, bigEndian));
    }

    /** The JPEG with {@code segment} (marker, length and data) right after its start marker. */
    public static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + segment.length);
        out.put(jpeg, 0, 2).put(segment).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** An APP1 "Exif" segment: a TIFF header and IFD0 with two entries, ImageWidth and then Orientation. */
    public static byte[] exifSegment(int orientation, boolean bigEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0100).putShort((short) 3).putInt(1).putShort((short) 1200).putShort((short) 0);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array()));
    }

    /** A JPEG segment: marker, big-endian length (counting itself), data. */
    public static byte[] segment(int marker, byte[] data) {
        return ByteBuffer.allocate(4 + data.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (data.length + 2)).put(data).array();
    }

    /** A PNG whose header claims {@code width}×{@code height} pixels, with a single empty data chunk behind it. */
    public static byte[] pngClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        return concat(signature, chunk("IHDR", header.array()), chunk("IDAT", new byte[] { 0x78, (byte) 0x9C, 3, 0 }),
                chunk("IEND", new byte[0]));
    }

    /** The image as ImageIO decodes it. */
    public static BufferedImage decode(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new IllegalArgumentException("Not an image");
            }
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload of a file to an appeal as {@code token}. */
    public static ValidatableResponse attach(String token, long appealId, String fileName, byte[] content, String type) {
        return given().auth().oauth2(token).multiPart("file", fileName, content, type)
                .post("/api/v1/appeals/" + appealId + "/attachments").then();
    }

    public static boolean contains(byte[] data, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
