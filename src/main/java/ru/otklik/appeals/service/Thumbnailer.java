package ru.otklik.appeals.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the JPEG thumbnail of a JPEG or PNG photo: the longest side {@code size} pixels at most (never enlarged),
 * upright as the Exif orientation says, RGB with transparency laid on white. Re-encoding keeps nothing of the
 * original's metadata: no Exif, no GPS position of the phone, no camera serial number.
 * <p>
 * Built for hostile input: the dimensions are read from the header first and an image of more than {@code maxPixels}
 * is not decoded at all; a large photo is decoded subsampled (every n-th pixel, straight from the file), so memory
 * stays near a few times the thumbnail's whatever the photo's size. Blocking and CPU-bound: never on the event loop.
 */
final class Thumbnailer {

    private static final float QUALITY = 0.8f;
    /** Decoding this many times the thumbnail's side, then halving, keeps fine detail from aliasing. */
    private static final int OVERSAMPLE = 4;
    /**
     * The longest side decoded, a JPEG's own limit: decoders keep whole rows in memory, and a PNG header may claim a
     * row of two billion pixels within any pixel count.
     */
    private static final int MAX_SIDE = 65_535;

    private final int size;
    private final long maxPixels;

    Thumbnailer(int size, long maxPixels) {
        this.size = size;
        this.maxPixels = maxPixels;
    }

    /**
     * The thumbnail, or empty when the file is not a JPEG or PNG or is larger than allowed (pixels, or a side).
     *
     * @throws IOException when the image cannot be decoded (a CMYK JPEG, a truncated or corrupt file)
     */
    Optional<byte[]> make(byte[] content, String mediaType) throws IOException {
        String format = switch (mediaType) {
            case "image/jpeg" -> "jpeg";
            case "image/png" -> "png";
            default -> null;
        };
        if (format == null) {
            return Optional.empty();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IIOException("No " + format + " reader");
        }
        ImageReader reader = readers.next();
        // in memory: ImageIO's default stream may spill to a temporary file
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > maxPixels) {
                return Optional.empty();
            }
            int longest = Math.max(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            int period = Math.max(1, longest / (size * OVERSAMPLE));
            param.setSourceSubsampling(period, period, 0, 0);
            // the JPEG reader fills what a truncated file lacks with grey and only warns: a broken file, no thumbnail
            AtomicBoolean warned = new AtomicBoolean();
            reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
            BufferedImage decoded = reader.read(0, param);
            if (warned.get()) {
                throw new IIOException("Incomplete or corrupt image");
            }
            double scale = Math.min(1.0, (double) size / longest);
            int targetWidth = Math.max(1, (int) Math.round(width * scale));
            int targetHeight = Math.max(1, (int) Math.round(height * scale));
            int orientation = "jpeg".equals(format) ? ExifOrientation.of(content) : ExifOrientation.NORMAL;
            return Optional.of(encode(shrink(decoded, targetWidth, targetHeight, orientation)));
        } catch (RuntimeException e) {
            // decoders throw unchecked exceptions on some malformed input (bad tables, impossible sizes)
            throw new IIOException("Cannot decode the image", e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Halves while twice too large or more (one bilinear step from further away would skip pixels), then draws the
     * final size, turned upright, on an opaque white canvas.
     */
    private static BufferedImage shrink(BufferedImage image, int width, int height, int orientation) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, ExifOrientation.NORMAL);
        }
        return draw(current, width, height, orientation);
    }

    /** The image scaled to {@code width}×{@code height} and then turned as {@code orientation} says. */
    private static BufferedImage draw(BufferedImage source, int width, int height, int orientation) {
        boolean swap = ExifOrientation.swapsSides(orientation);
        BufferedImage canvas = new BufferedImage(swap ? height : width, swap ? width : height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.transform(upright(orientation, width, height));
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** Exif orientations 2 to 8 (TIFF 6.0): where a pixel (x, y) of the stored picture goes to stand upright. */
    static AffineTransform upright(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height); // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0); // a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width); // a quarter anticlockwise
            default -> new AffineTransform();
        };
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            // no metadata given: the writer adds a bare JFIF header, nothing of the original's
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
