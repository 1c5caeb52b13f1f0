package gov.chuangcheng.task.material;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a file is comes from its bytes, never from its name or declared type. */
class MaterialTypeTest {

    private static Optional<MaterialType> detect(byte[] content) {
        return MaterialType.detect(content);
    }

    @Test
    void eachAcceptedFormatIsRecognised() {
        assertEquals(Optional.of(MaterialType.PDF), detect(MaterialFiles.pdf()));
        assertEquals(Optional.of(MaterialType.DOCX), detect(MaterialFiles.docx()));
        assertEquals(Optional.of(MaterialType.XLSX), detect(MaterialFiles.xlsx()));
        assertEquals(Optional.of(MaterialType.PPTX), detect(MaterialFiles.pptx()));
        assertEquals(Optional.of(MaterialType.OFD), detect(MaterialFiles.ofd()));
        assertEquals(Optional.of(MaterialType.DOC), detect(MaterialFiles.doc()));
        assertEquals(Optional.of(MaterialType.XLS), detect(MaterialFiles.xls()));
        assertEquals(Optional.of(MaterialType.XLS), detect(MaterialFiles.compoundFile("Book")));
        assertEquals(Optional.of(MaterialType.PPT), detect(MaterialFiles.compoundFile("PowerPoint Document")));
        assertEquals(Optional.of(MaterialType.JPEG), detect(MaterialFiles.jpeg()));
        assertEquals(Optional.of(MaterialType.PNG), detect(MaterialFiles.png()));
    }

    @Test
    void aPdfCutOffBeforeItsEndIsNone() {
        byte[] pdf = MaterialFiles.pdf();
        assertEquals(Optional.empty(), detect(Arrays.copyOf(pdf, pdf.length - 7)));
        // the end marker must be within the last 1,024 bytes, where readers look for it
        byte[] trailing = Arrays.copyOf(pdf, pdf.length + 2000);
        assertEquals(Optional.empty(), detect(trailing));
        assertEquals(Optional.of(MaterialType.PDF), detect(Arrays.copyOf(pdf, pdf.length + 500)));
    }

    @Test
    void textOrAnythingElseIsNone() {
        assertEquals(Optional.empty(), detect("这不是PDF，只是改了扩展名".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), detect("%PDF".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), detect(new byte[0]));
        assertEquals(Optional.empty(), detect(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertEquals(Optional.empty(), detect(random));
    }

    @Test
    void aZipIsAnOfficeDocumentOnlyWithTheFormatsParts() {
        assertEquals(Optional.empty(), detect(MaterialFiles.zip("readme.txt", "setup.exe")));
        assertEquals(Optional.empty(), detect(MaterialFiles.zip("[Content_Types].xml", "other/part.xml")));
        assertEquals(Optional.empty(), detect(MaterialFiles.zip("word/document.xml")));
        // an archive cut off before its central directory, or with a damaged one
        byte[] docx = MaterialFiles.docx();
        assertEquals(Optional.empty(), detect(Arrays.copyOf(docx, docx.length - 30)));
        byte[] damaged = docx.clone();
        damaged[damaged.length - 22 + 16] ^= 0x7F; // the directory's offset
        assertEquals(Optional.empty(), detect(damaged));
        assertEquals(Optional.of(MaterialType.DOCX), detect(MaterialFiles.zip("[Content_Types].xml", "word/文档.xml")));
    }

    @Test
    void anOle2FileIsALegacyOfficeDocumentOnlyWithItsMainStream() {
        // a password-protected OOXML document, a mail, an installer: OLE2, but none of the three
        assertEquals(Optional.empty(), detect(MaterialFiles.compoundFile("EncryptedPackage", "EncryptionInfo")));
        assertEquals(Optional.empty(), detect(MaterialFiles.compoundFile("__substg1.0_0037001F")));
        // the name of the main stream as text somewhere else is no directory entry
        byte[] text = MaterialFiles.compoundFile("Other");
        byte[] name = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, text, 1024 + 3 * 128 + 5, name.length);
        assertEquals(Optional.empty(), detect(text));
        assertEquals(Optional.empty(), detect(Arrays.copyOf(MaterialFiles.doc(), 300)));
    }
}
