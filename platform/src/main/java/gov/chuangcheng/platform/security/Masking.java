package gov.chuangcheng.platform.security;

/**
 * Masks personal data (phones, e-mail addresses, names) before it is logged or shown to a role that does not need it.
 */
public final class Masking {

    private Masking() {}

    /** {@code 13812345678} → {@code 138****5678}; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.trim();
        if (digits.length() >= 7) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
    }

    /** {@code zhangsan@example.org} → {@code z***@example.org}. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** {@code 张三丰} → {@code 张**}. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(rest);
    }
}
