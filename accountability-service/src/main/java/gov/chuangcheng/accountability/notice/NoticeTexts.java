package gov.chuangcheng.accountability.notice;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The sentences of a 通报 that follow from its data, as the office writes them (no stray spaces, Chinese dates). */
final class NoticeTexts {

    static final String ALL_UNITS = "各责任单位";

    private NoticeTexts() {}

    /** 关于2026年12月1日至12月7日整改不力单位的通报; a correction says so: …的通报（更正）. */
    static String title(String periodWritten, boolean correction) {
        return "关于" + periodWritten + "整改不力单位的通报" + (correction ? "（更正）" : "");
    }

    /** The sentence naming the notice a correction corrects. */
    static String correction(String correctedNumber) {
        return "本通报对" + correctedNumber + "通报予以更正，原通报同时废止，以本通报为准。";
    }

    /** 主送 as written: 各责任单位, or the units named (各责任单位 still when it names none). */
    static String mainRecipients(Addressee addressee, List<String> unitNames) {
        if (addressee == Addressee.NAMED_UNITS && !unitNames.isEmpty()) {
            return String.join("、", unitNames);
        }
        return ALL_UNITS;
    }

    /** The sentence before the units: how many units and orders, or that there were none. */
    static String summary(NoticeContent content) {
        if (content.units().isEmpty()) {
            return content.periodWritten() + "，无升级为通报及以上的整改单。";
        }
        return content.periodWritten() + "，共" + content.units().size() + "个单位的" + content.orders()
                + "件整改单升级为通报及以上，具体情况如下：";
    }

    /** A default text with its placeholders filled. */
    static String fill(String template, String periodWritten, String issuerName) {
        return template.replace("{period}", periodWritten).replace("{issuer}", issuerName);
    }

    /** 2026年12月8日. */
    static String written(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** 抄送 as a list, one recipient each, split where the office separates them (、，, ；;). */
    static List<String> recipients(String copyRecipients) {
        if (copyRecipients == null || copyRecipients.isBlank()) {
            return List.of();
        }
        return Arrays.stream(copyRecipients.split("[、，,；;\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
