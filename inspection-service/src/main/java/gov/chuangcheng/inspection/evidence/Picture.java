package gov.chuangcheng.inspection.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a photo is, as a decoder reads it: its type, and its width and height from its header. The whole image is
 * then decoded at a coarse sampling, so that a file whose signature is right but whose data is cut off or
 * damaged is refused, while memory stays at about {@value #SAMPLED_PIXELS} pixels whatever the photo's size. The
 * pixel cap is checked from the header before any decoding: a small file cannot claim a picture that would take
 * minutes to decode.
 */
public record Picture(ImageType type, int width, int height) {

    /** Decoded pixels at most, whatever the photo's size: a 48-megapixel photo is read at every 7th pixel. */
    static final long SAMPLED_PIXELS = 1_000_000;

    /** Content that is not a whole JPEG or PNG image; the message says what is wrong with it. */
    public static final class NotAPicture extends Exception {
        NotAPicture(String message) {
            super(message);
        }
    }

    /** A picture with more pixels than accepted. */
    public static final class TooManyPixels extends Exception {
        TooManyPixels(long pixels, long max) {
            super("has " + pixels + " pixels; at most " + max + " are accepted");
        }
    }

    public static Picture read(byte[] content, long maxPixels) throws NotAPicture, TooManyPixels {
        ImageType type = ImageType.detect(content).orElseThrow(() -> new NotAPicture("is not a JPEG or PNG image"));
        ImageIO.setUseCache(false);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName());
            if (!readers.hasNext()) {
                throw new IllegalStateException("no " + type.formatName() + " decoder in this runtime");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (width <= 0 || height <= 0) {
                    throw new NotAPicture("is a " + type + " image without dimensions");
                }
                if (pixels > maxPixels) {
                    throw new TooManyPixels(pixels, maxPixels);
                }
                decodeSampled(reader, pixels);
                if (type == ImageType.PNG && !endsWithImageEnd(content)) {
                    // the decoder stops once it has the pixels; a PNG that lost its end was cut off in transfer
                    throw new NotAPicture("is a cut-off PNG image: its chunks do not reach IEND");
                }
                return new Picture(type, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw (IllegalStateException) e;
            }
            throw new NotAPicture("is a damaged " + type + " image: it cannot be decoded");
        }
    }

    /** Whether the PNG's chunks, each length, type, data and CRC, run from the signature to an IEND chunk. */
    static boolean endsWithImageEnd(byte[] png) {
        int at = 8;
        while (at + 12 <= png.length) {
            long length = ((png[at] & 0xFFL) << 24)
                    | ((png[at + 1] & 0xFF) << 16)
                    | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            boolean end = png[at + 4] == 'I' && png[at + 5] == 'E' && png[at + 6] == 'N' && png[at + 7] == 'D';
            long next = at + 12 + length;
            if (next > png.length) {
                return false;
            }
            if (end) {
                return true;
            }
            at = (int) next;
        }
        return false;
    }

    private static void decodeSampled(ImageReader reader, long pixels) throws IOException, NotAPicture {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / SAMPLED_PIXELS)));
        param.setSourceSubsampling(step, step, 0, 0);
        // a decoder reports data that ends early as a warning and fills the rest with grey
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        if (reader.canReadRaster()) {
            reader.readRaster(0, param); // no colour conversion: a CMYK JPEG is a photo too
        } else {
            reader.read(0, param);
        }
        if (!warnings.isEmpty()) {
            throw new NotAPicture("is a damaged image: " + warnings.get(0));
        }
    }
}
