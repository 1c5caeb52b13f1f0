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
}
