package gov.chuangcheng.inspection.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void recognisesJpegAndPngByTheirSignature() {
        assertEquals(
                Optional.of(ImageType.JPEG),
                ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        assertEquals(
                Optional.of(ImageType.PNG),
                ImageType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}));
    }

    @Test
    void refusesOtherContentWhateverItIsCalled() {
        assertEquals(Optional.empty(), ImageType.detect("%PDF-1.7 photo.jpg".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageType.detect("GIF89a......".getBytes(StandardCharsets.US_ASCII)));
        // a PNG signature whose line-ending bytes were mangled by a text transfer is not a PNG
        assertEquals(
                Optional.empty(), ImageType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\n', 0x1A, '\n', 0, 0}));
        // the signature alone, with nothing after it, is no image
        assertEquals(Optional.empty(), ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
        assertEquals(Optional.empty(), ImageType.detect(new byte[0]));
    }

    @Test
    void recognisesHeicAndHeifByTheirFileTypeBox() {
        assertEquals(true, ImageType.isHeif(ftyp("heic", "mif1", "heic")));
        assertEquals(true, ImageType.isHeif(ftyp("heix", "mif1")));
        // major brand mif1, HEVC in the compatible brands (some Android phones)
        assertEquals(true, ImageType.isHeif(ftyp("mif1", "miaf", "hevc")));
        // a brand that is not HEIF only in the compatible list is found there
        assertEquals(true, ImageType.isHeif(ftyp("isom", "heic")));
        // an MP4 video, a QuickTime movie, a JPEG: not HEIF; and HEIF is never a JPEG or PNG
        assertEquals(false, ImageType.isHeif(ftyp("isom", "iso2", "mp41")));
        assertEquals(false, ImageType.isHeif(ftyp("qt  ")));
        assertEquals(false, ImageType.isHeif(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        assertEquals(Optional.empty(), ImageType.detect(ftyp("heic", "mif1", "heic")));
    }

    @Test
    void aCutOffOrLyingFileTypeBoxIsReadOnlyInsideTheContent() {
        byte[] heic = ftyp("isom", "mif1", "heic");
        for (int length = 0; length < 12; length++) {
            assertEquals(false, ImageType.isHeif(java.util.Arrays.copyOf(heic, length)), "cut at " + length);
        }
        // the box claims 4 GB: only the bytes there are read
        heic[0] = (byte) 0xFF;
        heic[1] = (byte) 0xFF;
        heic[2] = (byte) 0xFF;
        heic[3] = (byte) 0xFF;
        assertEquals(true, ImageType.isHeif(heic));
        assertEquals(false, ImageType.isHeif(java.util.Arrays.copyOf(heic, 19)));
        // the box claims less than its header: only the major brand counts
        heic[0] = 0;
        heic[1] = 0;
        heic[2] = 0;
        heic[3] = 1;
        assertEquals(false, ImageType.isHeif(heic));
    }

    /** An ISO base media {@code ftyp} box: size, "ftyp", major brand, minor version 0, compatible brands. */
    static byte[] ftyp(String major, String... compatible) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16 + 4 * compatible.length + 8);
        b.putInt(16 + 4 * compatible.length).put("ftyp".getBytes(StandardCharsets.US_ASCII));
        b.put(major.getBytes(StandardCharsets.US_ASCII)).putInt(0);
        for (String brand : compatible) {
            b.put(brand.getBytes(StandardCharsets.US_ASCII));
        }
        b.put(new byte[] {0, 0, 0, 8, 'm', 'e', 't', 'a'});
        return b.array();
    }
}
