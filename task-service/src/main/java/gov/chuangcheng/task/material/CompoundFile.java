package gov.chuangcheng.task.material;

import java.nio.charset.StandardCharsets;

/**
 * The legacy Office formats (.doc, .xls, .ppt) are OLE2 compound files: a small filesystem whose directory names its
 * streams. Which application wrote one shows in the name of its main stream (WordDocument, Workbook, PowerPoint
 * Document); an OLE2 file without one (an installer, a mail, a password-protected OOXML file) is none of them.
 */
final class CompoundFile {

    private static final byte[] SIGNATURE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final int HEADER_SIZE = 512;
    /** Directory entries are 128 bytes and fill whole sectors (512 or 4,096 bytes) after the header. */
    private static final int ENTRY_SIZE = 128;

    private static final int NAME_BYTES = 64;
    private static final int STREAM = 2;

    private CompoundFile() {}

    static boolean looksLikeCompoundFile(byte[] content) {
        if (content.length < HEADER_SIZE) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (content[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a directory entry of a stream named {@code name} is in the file: looked for at every place an entry can
     * start, by its UTF-16 name and the name's length as the entry records it.
     */
    static boolean hasStream(byte[] content, String name) {
        if (!looksLikeCompoundFile(content)) {
            return false;
        }
        byte[] wanted = name.getBytes(StandardCharsets.UTF_16LE);
        int recordedLength = wanted.length + 2; // the entry counts the terminating NUL
        for (int at = HEADER_SIZE; at + ENTRY_SIZE <= content.length; at += ENTRY_SIZE) {
            if (((content[at + NAME_BYTES] & 0xFF) | (content[at + NAME_BYTES + 1] & 0xFF) << 8) == recordedLength
                    && content[at + NAME_BYTES + 2] == STREAM
                    && matches(content, at, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] content, int at, byte[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (content[at + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }
}
