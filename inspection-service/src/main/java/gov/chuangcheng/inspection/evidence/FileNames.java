package gov.chuangcheng.inspection.evidence;

/**
 * The name a client gives its file, as it is kept: a label for people, never a path (the bytes are stored under
 * their digest). Directories a phone or browser prepends ({@code C:\fakepath\}, {@code ../../}) are dropped, control
 * characters removed, and the rest cut to 255 characters.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** The cleaned name, or null when nothing of it is left. */
    static String cleaned(String given) {
        if (given == null) {
            return null;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .limit(MAX_LENGTH)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? null : cleaned;
    }
}
