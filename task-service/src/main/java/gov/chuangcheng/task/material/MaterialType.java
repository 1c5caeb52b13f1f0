package gov.chuangcheng.task.material;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file formats a unit may file materials in, recognised by their content: a file's name or declared content type
 * is what the client claims, its bytes are what it is. PDF must end as a PDF does (a cut-off download is refused); an
 * Office or OFD file is a ZIP whose directory holds the format's parts, or an OLE2 file with the application's main
 * stream; a photo starts with its format's signature.
 */
public enum MaterialType {
    PDF(Media.PDF, "PDF"),
    DOCX(Media.DOCX, "Word"),
    XLSX(Media.XLSX, "Excel"),
    PPTX(Media.PPTX, "PowerPoint"),
    DOC(Media.DOC, "Word 97-2003"),
    XLS(Media.XLS, "Excel 97-2003"),
    PPT(Media.PPT, "PowerPoint 97-2003"),
    OFD(Media.OFD, "OFD"),
    JPEG(Media.JPEG, "JPEG"),
    PNG(Media.PNG, "PNG");

    /** The media types, as constants the resource's annotations can name. */
    public static final class Media {
        public static final String PDF = "application/pdf";
        public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        public static final String DOC = "application/msword";
        public static final String XLS = "application/vnd.ms-excel";
        public static final String PPT = "application/vnd.ms-powerpoint";
        /** 版式文档 (GB/T 33190), as the government's e-document systems export */
        public static final String OFD = "application/ofd";

        public static final String JPEG = "image/jpeg";
        public static final String PNG = "image/png";

        private Media() {}
    }

    /** What the refusal of any other file says, in the words of the people who file. */
    public static final String ACCEPTED =
            "仅支持PDF、Word、Excel、PowerPoint（含97-2003格式）、OFD版式文件和JPEG、PNG图片；" + "文件类型按内容识别，与文件名和声明的类型无关";

    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** A PDF reader looks for the end marker in the last 1,024 bytes; so does this check. */
    private static final int PDF_TAIL = 1024;

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;
    private final String displayName;

    MaterialType(String mediaType, String displayName) {
        this.mediaType = mediaType;
        this.displayName = displayName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String displayName() {
        return displayName;
    }

    /** What the content is, if it is one of the accepted formats. */
    public static Optional<MaterialType> detect(byte[] content) {
        if (startsWith(content, PDF_START)) {
            return endsAsPdf(content) ? Optional.of(PDF) : Optional.empty();
        }
        if (startsWith(content, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_START)) {
            return Optional.of(PNG);
        }
        if (ZipDirectory.looksLikeZip(content)) {
            return ZipDirectory.names(content).flatMap(MaterialType::packaged);
        }
        if (CompoundFile.looksLikeCompoundFile(content)) {
            return legacyOffice(content);
        }
        return Optional.empty();
    }

    /** An OOXML document by its content types and main folder; an OFD file (GB/T 33190) by its entry file. */
    private static Optional<MaterialType> packaged(List<String> names) {
        if (names.contains("OFD.xml")) {
            return Optional.of(OFD);
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Optional.of(DOCX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Optional.of(XLSX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    private static Optional<MaterialType> legacyOffice(byte[] content) {
        if (CompoundFile.hasStream(content, "WordDocument")) {
            return Optional.of(DOC);
        }
        if (CompoundFile.hasStream(content, "Workbook") || CompoundFile.hasStream(content, "Book")) {
            return Optional.of(XLS);
        }
        if (CompoundFile.hasStream(content, "PowerPoint Document")) {
            return Optional.of(PPT);
        }
        return Optional.empty();
    }

    private static boolean endsAsPdf(byte[] content) {
        for (int at = content.length - PDF_END.length; at >= Math.max(0, content.length - PDF_TAIL); at--) {
            if (Arrays.equals(content, at, at + PDF_END.length, PDF_END, 0, PDF_END.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        return content.length > start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }
}
