package gov.chuangcheng.inspection.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PictureTest {

    /** A real image of the format ("jpeg", "png"), as a camera or an editor writes it. */
    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, 0, 0x336699 + x);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG signature and header that claim the dimensions, with no image data after them. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr =
                ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13)
                .put(ihdr.array())
                .putInt((int) crc.getValue())
                .array();
    }

    @Test
    void readsTypeAndDimensionsOfWholeImages() throws Exception {
        assertEquals(new Picture(ImageType.JPEG, 40, 30), Picture.read(image("jpeg", 40, 30), 10_000));
        assertEquals(new Picture(ImageType.PNG, 7, 5), Picture.read(image("png", 7, 5), 10_000));
        // a photo larger than the sampling budget is decoded coarsely, not refused
        assertEquals(new Picture(ImageType.PNG, 1500, 1000), Picture.read(image("png", 1500, 1000), 2_000_000));
    }

    @Test
    void aHeaderOrACutOffImageIsNoPicture() {
        byte[] png = image("png", 16, 16);
        assertThrows(Picture.NotAPicture.class, () -> Picture.read(pngHeader(16, 16), 10_000));
        assertThrows(Picture.NotAPicture.class, () -> Picture.read(Arrays.copyOf(png, 45), 10_000));
        assertThrows(Picture.NotAPicture.class, () -> Picture.read(Arrays.copyOf(png, png.length - 16), 10_000));
        byte[] jpeg = image("jpeg", 64, 64);
        assertThrows(Picture.NotAPicture.class, () -> Picture.read(Arrays.copyOf(jpeg, jpeg.length / 2), 10_000));
        assertThrows(Picture.NotAPicture.class, () -> Picture.read("%PDF-1.7".getBytes(), 10_000));
    }

    @Test
    void theHeadersPixelCountIsCappedBeforeAnyDecoding() {
        Picture.TooManyPixels e =
                assertThrows(Picture.TooManyPixels.class, () -> Picture.read(pngHeader(100_000, 100_000), 50_000_000));
        assertTrue(e.getMessage().contains("10000000000 pixels"), e.getMessage());
    }
}
