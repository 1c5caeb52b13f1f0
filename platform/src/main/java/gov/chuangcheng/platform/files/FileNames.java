package gov.chuangcheng.platform.files;

/**
 * The name a client gives its file, as it is kept: a label for people, never a path (the bytes are stored under
 * their digest). Directories a phone or browser prepends ({@code C:\fakepath\}, {@code ../../}) are dropped, control
 * and formatting characters (a right-to-left override that makes {@code gpj.exe} read as {@code exe.jpg}) removed, and
 * the rest cut to {@value #MAX_LENGTH} characters.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** The cleaned name, or null when nothing of it is left. */
    public static String cleaned(String given) {
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
