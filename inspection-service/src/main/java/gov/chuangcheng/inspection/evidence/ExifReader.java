package gov.chuangcheng.inspection.evidence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the time taken and the GPS position from a JPEG's EXIF (the APP1 segment {@code Exif\0\0}: a TIFF header
 * {@code II}/{@code MM}, IFD0 → Exif IFD {@code 0x8769} → DateTimeOriginal {@code 0x9003}; IFD0 → GPS IFD
 * {@code 0x8825} → GPSLatitudeRef/GPSLatitude, GPSLongitudeRef/GPSLongitude as degree, minute, second rationals).
 *
 * <p>The bytes come from anybody: every read is bounds-checked against the segment, loops are bounded, and a damaged
 * or hostile EXIF yields no time or no position — it never throws. Plain code with no I/O, so that tests can feed it
 * anything.
 */
public final class ExifReader {

    private static final int TAG_EXIF_IFD = 0x8769;
    private static final int TAG_GPS_IFD = 0x8825;
    private static final int TAG_DATE_TIME_ORIGINAL = 0x9003;
    private static final int TAG_GPS_LATITUDE_REF = 0x0001;
    private static final int TAG_GPS_LATITUDE = 0x0002;
    private static final int TAG_GPS_LONGITUDE_REF = 0x0003;
    private static final int TAG_GPS_LONGITUDE = 0x0004;
    private static final int TYPE_ASCII = 2;
    private static final int TYPE_LONG = 4;
    private static final int TYPE_RATIONAL = 5;
    /** More entries than any camera writes in one IFD: a count above it is a damaged or hostile directory. */
    private static final int MAX_ENTRIES = 1000;
    /** JPEG segments before the EXIF one at most (a camera puts it first, after JFIF at most). */
    private static final int MAX_SEGMENTS = 64;

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

    private ExifReader() {}

    /** What the JPEG's EXIF says; {@link Exif#NONE} for no, a damaged or an unreadable EXIF, or for no JPEG. */
    public static Exif read(byte[] jpeg) {
        try {
            Tiff tiff = tiffOf(jpeg);
            return tiff == null ? Exif.NONE : tiff.exif();
        } catch (RuntimeException e) {
            // every read is bounds-checked; this is the last guard for a case nobody thought of
            return Exif.NONE;
        }
    }

    /** The TIFF structure inside the first {@code Exif\0\0} APP1 segment, or null. */
    private static Tiff tiffOf(byte[] b) {
        if (b == null || b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return null;
        }
        int at = 2;
        for (int segments = 0; segments < MAX_SEGMENTS && at + 4 <= b.length; segments++) {
            if ((b[at] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                at++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // image data or its end: no EXIF before it
                return null;
            }
            int length = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            int start = at + 4;
            int end = at + 2 + length;
            if (length < 2 || end > b.length) {
                return null;
            }
            if (marker == 0xE1
                    && end - start >= 14
                    && b[start] == 'E'
                    && b[start + 1] == 'x'
                    && b[start + 2] == 'i'
                    && b[start + 3] == 'f'
                    && b[start + 4] == 0
                    && b[start + 5] == 0) {
                return Tiff.of(b, start + 6, end);
            }
            at = end;
        }
        return null;
    }

    /** A TIFF structure at {@code base} of {@code b}, readable up to {@code end}; offsets are from {@code base}. */
    private static final class Tiff {
        private final byte[] b;
        private final int base;
        private final int end;
        private final boolean little;

        private Tiff(byte[] b, int base, int end, boolean little) {
            this.b = b;
            this.base = base;
            this.end = end;
            this.little = little;
        }

        static Tiff of(byte[] b, int base, int end) {
            boolean little;
            if (b[base] == 'I' && b[base + 1] == 'I') {
                little = true;
            } else if (b[base] == 'M' && b[base + 1] == 'M') {
                little = false;
            } else {
                return null;
            }
            Tiff t = new Tiff(b, base, end, little);
            return t.u16(2) == 42 ? t : null;
        }

        Exif exif() {
            long ifd0 = u32(4);
            if (ifd0 < 0) {
                return Exif.NONE;
            }
            long exifIfd = pointer(ifd0, TAG_EXIF_IFD);
            long gpsIfd = pointer(ifd0, TAG_GPS_IFD);
            LocalDateTime takenAt = exifIfd < 0 ? null : takenAt(exifIfd);
            Double lat = null;
            Double lon = null;
            if (gpsIfd >= 0) {
                Double la = coordinate(gpsIfd, TAG_GPS_LATITUDE, TAG_GPS_LATITUDE_REF, 'N', 'S', 90);
                Double lo = coordinate(gpsIfd, TAG_GPS_LONGITUDE, TAG_GPS_LONGITUDE_REF, 'E', 'W', 180);
                // 0°, 0° is what a camera without a fix writes, not a place in this district
                if (la != null && lo != null && !(la == 0 && lo == 0)) {
                    lat = la;
                    lon = lo;
                }
            }
            return new Exif(takenAt, lat, lon);
        }

        private LocalDateTime takenAt(long ifd) {
            int entry = find(ifd, TAG_DATE_TIME_ORIGINAL);
            if (entry < 0 || u16(entry + 2) != TYPE_ASCII || u32(entry + 4) < 19) {
                return null;
            }
            long at = u32(entry + 4) <= 4 ? entry + 8 : u32(entry + 8);
            if (!readable(at, 19)) {
                return null;
            }
            String text = new String(b, base + (int) at, 19, StandardCharsets.US_ASCII);
            try {
                LocalDateTime t = LocalDateTime.parse(text, EXIF_TIME);
                return t.getYear() < 1990 ? null : t; // a camera whose clock was never set says 1970 or 0000
            } catch (DateTimeParseException e) {
                return null; // "    :  :     :  :  " is what some cameras write for an unknown time
            }
        }

        private Double coordinate(long ifd, int valueTag, int refTag, char positive, char negative, double max) {
            int ref = find(ifd, refTag);
            int value = find(ifd, valueTag);
            if (ref < 0 || value < 0 || u16(ref + 2) != TYPE_ASCII || u32(ref + 4) < 1) {
                return null;
            }
            if (u16(value + 2) != TYPE_RATIONAL || u32(value + 4) != 3) {
                return null;
            }
            char hemisphere = (char) (b[base + ref + 8] & 0xFF);
            if (hemisphere != positive && hemisphere != negative) {
                return null;
            }
            long at = u32(value + 8);
            if (!readable(at, 24)) {
                return null;
            }
            double degrees = rational(at);
            double minutes = rational(at + 8);
            double seconds = rational(at + 16);
            if (Double.isNaN(degrees) || Double.isNaN(minutes) || Double.isNaN(seconds)) {
                return null;
            }
            if (minutes < 0 || minutes >= 60 || seconds < 0 || seconds >= 60 || degrees < 0) {
                return null;
            }
            double decimal = degrees + minutes / 60 + seconds / 3600;
            if (decimal > max) {
                return null;
            }
            return hemisphere == negative ? -decimal : decimal;
        }

        /** An unsigned rational at {@code at}; NaN when its denominator is 0. */
        private double rational(long at) {
            long numerator = u32(at);
            long denominator = u32(at + 4);
            return denominator <= 0 || numerator < 0 ? Double.NaN : (double) numerator / denominator;
        }

        /** The offset of the IFD a LONG pointer entry names, or -1. */
        private long pointer(long ifd, int tag) {
            int entry = find(ifd, tag);
            if (entry < 0 || u16(entry + 2) != TYPE_LONG || u32(entry + 4) != 1) {
                return -1;
            }
            long target = u32(entry + 8);
            return readable(target, 2) ? target : -1;
        }

        /** The offset of the 12-byte entry of {@code tag} in the IFD at {@code ifd}, or -1. */
        private int find(long ifd, int tag) {
            int count = u16(ifd);
            if (count < 0 || count > MAX_ENTRIES || !readable(ifd + 2, 12L * count)) {
                return -1;
            }
            for (int i = 0; i < count; i++) {
                int entry = (int) (ifd + 2 + 12L * i);
                if (u16(entry) == tag) {
                    return entry;
                }
            }
            return -1;
        }

        private boolean readable(long offset, long length) {
            return offset >= 0 && length >= 0 && base + offset + length <= end;
        }

        /** Unsigned 16 bits at {@code offset}, or -1 outside the segment. */
        private int u16(long offset) {
            if (!readable(offset, 2)) {
                return -1;
            }
            int i = base + (int) offset;
            int x = b[i] & 0xFF;
            int y = b[i + 1] & 0xFF;
            return little ? (y << 8) | x : (x << 8) | y;
        }

        /** Unsigned 32 bits at {@code offset}, or -1 outside the segment. */
        private long u32(long offset) {
            if (!readable(offset, 4)) {
                return -1;
            }
            int i = base + (int) offset;
            long v = 0;
            for (int k = 0; k < 4; k++) {
                int shift = little ? 8 * k : 8 * (3 - k);
                v |= (long) (b[i + k] & 0xFF) << shift;
            }
            return v;
        }
    }
}
