package gov.chuangcheng.inspection.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExifReaderTest {

    private static final double LAT = 34.7466;
    private static final double LON = 113.6253;

    @Test
    void readsTimeTakenAndPositionInEitherByteOrder() {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            Exif exif = ExifReader.read(ExifJpegs.withExif("2026:11:25 09:30:15", LAT, LON, order));
            assertEquals(LocalDateTime.of(2026, 11, 25, 9, 30, 15), exif.takenAt(), order.toString());
            assertEquals(LAT, exif.latitude(), 1e-6, order.toString());
            assertEquals(LON, exif.longitude(), 1e-6, order.toString());
        }
    }

    @Test
    void southAndWestAreNegativeAndTheTimeIsReadInTheDistrictsZone() {
        Exif exif =
                ExifReader.read(ExifJpegs.withExif("2026:01:02 03:04:05", -33.8688, -70.6693, ByteOrder.BIG_ENDIAN));
        assertEquals(-33.8688, exif.latitude(), 1e-6);
        assertEquals(-70.6693, exif.longitude(), 1e-6);
        assertEquals(
                "2026-01-02T03:04:05+08:00",
                exif.takenAt(ZoneId.of("Asia/Shanghai")).toString());
    }

    @Test
    void eitherPartMayBeMissing() {
        Exif timeOnly = ExifReader.read(ExifJpegs.withExif("2026:11:25 09:30:00", null, null, ByteOrder.LITTLE_ENDIAN));
        assertEquals(LocalDateTime.of(2026, 11, 25, 9, 30), timeOnly.takenAt());
        assertNull(timeOnly.latitude());
        Exif positionOnly = ExifReader.read(ExifJpegs.withExif(null, LAT, LON, ByteOrder.LITTLE_ENDIAN));
        assertNull(positionOnly.takenAt());
        assertEquals(LAT, positionOnly.latitude(), 1e-6);
        assertEquals(Exif.NONE, ExifReader.read(ExifJpegs.plain()));
    }

    @Test
    void anUnsetClockOrANoFixPositionIsNoTimeAndNoPosition() {
        assertNull(ExifReader.read(ExifJpegs.withExif("    :  :     :  :  ", null, null, ByteOrder.LITTLE_ENDIAN))
                .takenAt());
        assertNull(ExifReader.read(ExifJpegs.withExif("0000:00:00 00:00:00", null, null, ByteOrder.LITTLE_ENDIAN))
                .takenAt());
        assertNull(ExifReader.read(ExifJpegs.withExif("1970:01:01 00:00:00", null, null, ByteOrder.LITTLE_ENDIAN))
                .takenAt());
        assertNull(ExifReader.read(ExifJpegs.withExif(null, 0.0, 0.0, ByteOrder.LITTLE_ENDIAN))
                .latitude());
    }

    @Test
    void whatIsNoJpegHasNoExif() {
        assertEquals(Exif.NONE, ExifReader.read(new byte[0]));
        assertEquals(Exif.NONE, ExifReader.read(null));
        assertEquals(Exif.NONE, ExifReader.read(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(
                Exif.NONE, ExifReader.read("Exif\0\0II*\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        // the EXIF segment of a JPEG, but with the TIFF header of neither byte order
        byte[] tiff = ExifJpegs.tiff("2026:11:25 09:30:00", LAT, LON, ByteOrder.LITTLE_ENDIAN);
        tiff[0] = 'X';
        assertEquals(Exif.NONE, ExifReader.read(ExifJpegs.insertApp1(ExifJpegs.plain(), ExifJpegs.app1(tiff))));
    }

    @Test
    void everyCutOffOfAnExifPhotoReadsWithoutThrowing() {
        byte[] photo = ExifJpegs.withExif("2026:11:25 09:30:00", LAT, LON, ByteOrder.BIG_ENDIAN);
        int segmentEnd = 4 + (((photo[4] & 0xFF) << 8) | (photo[5] & 0xFF));
        for (int length = 0; length < segmentEnd; length++) {
            Exif exif = ExifReader.read(Arrays.copyOf(photo, length));
            // a segment cut off before its declared end is not read at all
            assertEquals(Exif.NONE, exif, "cut at " + length);
        }
        assertEquals(LAT, ExifReader.read(Arrays.copyOf(photo, segmentEnd)).latitude(), 1e-6);
    }

    @Test
    void randomDamageToTheExifNeverThrows() {
        byte[] photo = ExifJpegs.withExif("2026:11:25 09:30:00", LAT, LON, ByteOrder.LITTLE_ENDIAN);
        Random random = new Random(20261125);
        for (int round = 0; round < 20_000; round++) {
            byte[] damaged = photo.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                // the SOI, the APP1 header and the TIFF structure: the first 200 bytes
                damaged[2 + random.nextInt(200)] = (byte) random.nextInt(256);
            }
            Exif exif = ExifReader.read(damaged); // must return, whatever it finds
            if (exif.hasPosition()) {
                assertEquals(true, Math.abs(exif.latitude()) <= 90 && Math.abs(exif.longitude()) <= 180);
            }
        }
    }

    @Test
    void hostileDirectoriesYieldNothingInsteadOfReadingOutside() {
        // IFD0 claims 65535 entries
        byte[] tiff = ExifJpegs.tiff("2026:11:25 09:30:00", LAT, LON, ByteOrder.LITTLE_ENDIAN);
        ByteBuffer t = ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN);
        t.putShort(8, (short) 0xFFFF);
        assertEquals(Exif.NONE, read(tiff));

        // IFD0 lies beyond the segment, and at a negative offset as a signed int
        tiff = ExifJpegs.tiff("2026:11:25 09:30:00", LAT, LON, ByteOrder.LITTLE_ENDIAN);
        ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0x7FFFFFF0);
        assertEquals(Exif.NONE, read(tiff));
        ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0xFFFFFFF0);
        assertEquals(Exif.NONE, read(tiff));

        // the Exif IFD pointer points back to IFD0 (a loop): no DateTimeOriginal there, no time, no hang
        tiff = ExifJpegs.tiff("2026:11:25 09:30:00", LAT, LON, ByteOrder.LITTLE_ENDIAN);
        t = ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN);
        t.putInt(8 + 2 + 8, 8);
        Exif looped = read(tiff);
        assertNull(looped.takenAt());
        assertEquals(LAT, looped.latitude(), 1e-6);

        // a zero denominator, and minutes of 75: no position
        tiff = ExifJpegs.tiff(null, LAT, LON, ByteOrder.BIG_ENDIAN);
        int gpsIfd = 8 + 2 + 12 + 4;
        int latAt = gpsIfd + 2 + 12 * 4 + 4;
        ByteBuffer.wrap(tiff).order(ByteOrder.BIG_ENDIAN).putInt(latAt + 4, 0);
        assertNull(read(tiff).latitude());
        tiff = ExifJpegs.tiff(null, LAT, LON, ByteOrder.BIG_ENDIAN);
        ByteBuffer.wrap(tiff).order(ByteOrder.BIG_ENDIAN).putInt(latAt + 8, 75);
        assertNull(read(tiff).latitude());

        // a latitude reference that is neither N nor S
        tiff = ExifJpegs.tiff(null, LAT, LON, ByteOrder.BIG_ENDIAN);
        tiff[gpsIfd + 2 + 8] = 'X';
        assertNull(read(tiff).latitude());

        // the date's offset points past the end of the segment
        tiff = ExifJpegs.tiff("2026:11:25 09:30:00", null, null, ByteOrder.BIG_ENDIAN);
        int exifIfd = 8 + 2 + 12 + 4;
        ByteBuffer.wrap(tiff).order(ByteOrder.BIG_ENDIAN).putInt(exifIfd + 2 + 8, tiff.length - 5);
        assertNull(read(tiff).takenAt());
    }

    @Test
    void aSegmentLengthBeyondTheFileIsNotRead() {
        byte[] photo = ExifJpegs.withExif("2026:11:25 09:30:00", LAT, LON, ByteOrder.LITTLE_ENDIAN);
        photo[4] = (byte) 0xFF;
        photo[5] = (byte) 0xFF;
        // 65535 bytes claimed for the APP1 segment: more than the file has (or, if not, a different segment)
        Exif exif = ExifReader.read(Arrays.copyOf(photo, Math.min(photo.length, 1000)));
        assertEquals(Exif.NONE, exif);
    }

    private static Exif read(byte[] tiff) {
        return ExifReader.read(ExifJpegs.insertApp1(ExifJpegs.plain(), ExifJpegs.app1(tiff)));
    }
}
