package gov.chuangcheng.inspection.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * Real JPEG photos with an EXIF segment as a phone writes it: IFD0 pointing to an Exif IFD (DateTimeOriginal) and a GPS
 * IFD (latitude/longitude as degree, minute, second rationals). Each photo's pixels differ, so each is a new upload.
 */
public final class ExifJpegs {

    private ExifJpegs() {}

    /** A JPEG without EXIF, its pixels unique. */
    public static byte[] plain() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        long seed = UUID.randomUUID().getMostSignificantBits();
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (int) (seed >>> ((x + y) % 40)) & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A unique JPEG whose EXIF says {@code dateTimeOriginal} ("2026:11:25 09:30:00") and the position, each optional. */
    public static byte[] withExif(String dateTimeOriginal, Double lat, Double lon, ByteOrder order) {
        return insertApp1(plain(), app1(tiff(dateTimeOriginal, lat, lon, order)));
    }

    /** The EXIF APP1 segment (marker, length, {@code Exif\0\0}, the TIFF structure). */
    public static byte[] app1(byte[] tiff) {
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        segment.put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff);
        return segment.array();
    }

    /** {@code jpeg} with {@code segment} right after its SOI marker, as cameras place EXIF. */
    public static byte[] insertApp1(byte[] jpeg, byte[] segment) {
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }

    /** A TIFF structure: header, IFD0 (Exif and GPS pointers), the Exif IFD and the GPS IFD with their values. */
    public static byte[] tiff(String dateTimeOriginal, Double lat, Double lon, ByteOrder order) {
        boolean gps = lat != null && lon != null;
        ByteBuffer t = ByteBuffer.allocate(512).order(order);
        t.put(order == ByteOrder.LITTLE_ENDIAN ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
        t.putShort((short) 42).putInt(8);
        int ifd0Entries = (dateTimeOriginal != null ? 1 : 0) + (gps ? 1 : 0);
        int exifIfd = 8 + 2 + 12 * ifd0Entries + 4;
        int dateAt = exifIfd + 2 + 12 + 4;
        int gpsIfd = dateTimeOriginal != null ? dateAt + 20 : exifIfd;
        int latAt = gpsIfd + 2 + 12 * 4 + 4;
        int lonAt = latAt + 24;
        // IFD0
        t.position(8);
        t.putShort((short) ifd0Entries);
        if (dateTimeOriginal != null) {
            entry(t, 0x8769, 4, 1, exifIfd);
        }
        if (gps) {
            entry(t, 0x8825, 4, 1, gpsIfd);
        }
        t.putInt(0);
        if (dateTimeOriginal != null) {
            t.position(exifIfd);
            t.putShort((short) 1);
            entry(t, 0x9003, 2, 20, dateAt);
            t.putInt(0);
            t.position(dateAt);
            t.put(dateTimeOriginal.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        }
        if (gps) {
            t.position(gpsIfd);
            t.putShort((short) 4);
            entry(t, 0x0001, 2, 2, inlineAscii(lat >= 0 ? 'N' : 'S', order));
            entry(t, 0x0002, 5, 3, latAt);
            entry(t, 0x0003, 2, 2, inlineAscii(lon >= 0 ? 'E' : 'W', order));
            entry(t, 0x0004, 5, 3, lonAt);
            t.putInt(0);
            dms(t, latAt, Math.abs(lat));
            dms(t, lonAt, Math.abs(lon));
        }
        int length = gps ? lonAt + 24 : dateTimeOriginal != null ? dateAt + 20 : 8 + 2 + 4;
        byte[] out = new byte[length];
        System.arraycopy(t.array(), 0, out, 0, length);
        return out;
    }

    private static void entry(ByteBuffer t, int tag, int type, int count, int value) {
        t.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A one-letter ASCII value with its NUL, inline in the entry's value field (in the file's byte order). */
    private static int inlineAscii(char c, ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(4).order(order);
        b.put((byte) c).put((byte) 0).put((byte) 0).put((byte) 0);
        return b.getInt(0);
    }

    /** Degrees, minutes and seconds (to 1/10000 s) as three rationals at {@code at}. */
    private static void dms(ByteBuffer t, int at, double decimal) {
        int degrees = (int) decimal;
        double restMinutes = (decimal - degrees) * 60;
        int minutes = (int) restMinutes;
        long seconds = Math.round((restMinutes - minutes) * 60 * 10000);
        t.position(at);
        t.putInt(degrees)
                .putInt(1)
                .putInt(minutes)
                .putInt(1)
                .putInt((int) seconds)
                .putInt(10000);
    }
}
