package gov.chuangcheng.task.material;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry names of a ZIP file (an OOXML document, an OFD file), read from its central directory only: nothing is
 * inflated, so a crafted archive cannot make the check expensive. A file that is cut off, damaged or in ZIP64 form (no
 * material of the allowed size needs it) has no directory here.
 */
final class ZipDirectory {

    /** More entries than any office document has; a directory claiming more is not read further. */
    static final int MAX_ENTRIES = 10_000;

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_OF_DIRECTORY_SIZE = 22;
    private static final int CENTRAL_HEADER_SIZE = 46;
    private static final int UTF8_NAMES = 1 << 11;

    private ZipDirectory() {}

    /** Whether the content starts as a ZIP file does (a local file header). */
    static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && u32(content, 0) == LOCAL_HEADER;
    }

    /** The names of the entries, in directory order; empty when there is no readable central directory. */
    static Optional<List<String>> names(byte[] content) {
        if (!looksLikeZip(content)) {
            return Optional.empty();
        }
        int end = endOfDirectory(content);
        if (end < 0) {
            return Optional.empty();
        }
        int entries = u16(content, end + 10);
        long size = u32(content, end + 12) & 0xFFFFFFFFL;
        long offset = u32(content, end + 16) & 0xFFFFFFFFL;
        if (offset + size > end) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        int at = (int) offset;
        for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
            if (at + CENTRAL_HEADER_SIZE > end || u32(content, at) != CENTRAL_HEADER) {
                return Optional.empty();
            }
            int flags = u16(content, at + 8);
            int nameLength = u16(content, at + 28);
            int extraLength = u16(content, at + 30);
            int commentLength = u16(content, at + 32);
            if (at + CENTRAL_HEADER_SIZE + nameLength > end) {
                return Optional.empty();
            }
            names.add(new String(
                    content,
                    at + CENTRAL_HEADER_SIZE,
                    nameLength,
                    (flags & UTF8_NAMES) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
            at += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
        }
        return Optional.of(names);
    }

    /** Where the end-of-directory record starts (it is last, after a comment of at most 65,535 bytes), or -1. */
    private static int endOfDirectory(byte[] content) {
        int last = content.length - END_OF_DIRECTORY_SIZE;
        int first = Math.max(0, last - 0xFFFF);
        for (int at = last; at >= first; at--) {
            if (u32(content, at) == END_OF_DIRECTORY
                    && at + END_OF_DIRECTORY_SIZE + u16(content, at + 20) == content.length) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
