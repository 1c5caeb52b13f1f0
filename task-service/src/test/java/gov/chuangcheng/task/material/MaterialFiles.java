package gov.chuangcheng.task.material;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each accepted format, built as their writers lay them out, and a few that only look like one. */
final class MaterialFiles {

    private MaterialFiles() {}

    /** A whole one-page PDF; {@code marker} makes its bytes (and digest) unique. */
    static byte[] pdf(String marker) {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% " + marker + "\n"
                        + "trailer\n<< /Root 1 0 R >>\nstartxref\n0\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] pdf() {
        return pdf(UUID.randomUUID().toString());
    }

    /** A ZIP with these entries (each holding a little XML), as OOXML and OFD packages are. */
    static byte[] zip(String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<?xml version=\"1.0\"?><x>" + UUID.randomUUID() + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels");
    }

    static byte[] xlsx() {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    static byte[] pptx() {
        return zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml", "ppt/slides/slide1.xml");
    }

    static byte[] ofd() {
        return zip("OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");
    }

    /**
     * An OLE2 compound file (512-byte sectors) whose directory, in sector 1, holds the root entry and streams of
     * these names, the main stream not first: as Word and Excel 97-2003 write them.
     */
    static byte[] compoundFile(String... streams) {
        ByteBuffer b = ByteBuffer.allocate(512 * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        b.putShort(24, (short) 0x3E).putShort(26, (short) 3).putShort(28, (short) 0xFFFE);
        b.putShort(30, (short) 9).putShort(32, (short) 6); // 512-byte sectors, 64-byte mini sectors
        b.putInt(48, 1); // the directory starts at sector 1 (offset 1,024)
        entry(b, 1024, "Root Entry", 5);
        entry(b, 1024 + 128, "\u0001CompObj", 2);
        for (int i = 0; i < streams.length; i++) {
            entry(b, 1024 + 256 + i * 128, streams[i], 2);
        }
        byte[] bytes = b.array();
        byte[] marker = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, bytes, 512, marker.length);
        return bytes;
    }

    static byte[] doc() {
        return compoundFile("WordDocument", "1Table", "\u0005SummaryInformation");
    }

    static byte[] xls() {
        return compoundFile("Workbook", "\u0005SummaryInformation");
    }

    private static void entry(ByteBuffer b, int at, String name, int type) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        b.put(at, utf16, 0, utf16.length);
        b.putShort(at + 64, (short) (utf16.length + 2));
        b.put(at + 66, (byte) type);
    }

    static byte[] png() {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        return unique(signature);
    }

    static byte[] jpeg() {
        return unique(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
    }

    static byte[] unique(byte[] head) {
        byte[] tail = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] content = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, content, head.length, tail.length);
        return content;
    }
}
