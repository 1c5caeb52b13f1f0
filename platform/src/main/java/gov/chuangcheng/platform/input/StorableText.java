package gov.chuangcheng.platform.input;

/**
 * Text the services can keep. PostgreSQL refuses U+0000 in any text value, and an unpaired UTF-16 surrogate (a
 * {@code \ud800} escape in JSON, half of an emoji) has no UTF-8 form: the driver would store a {@code ?} in its
 * place. Both are refused at the edge, with the field named, rather than failing deep in a transaction as a 500 or
 * being kept changed.
 */
public final class StorableText {

    public static final String MESSAGE = "contains a character that cannot be stored (U+0000 or a lone surrogate)";

    private StorableText() {}

    public static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
