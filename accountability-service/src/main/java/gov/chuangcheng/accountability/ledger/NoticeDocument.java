package gov.chuangcheng.accountability.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a 通报 document: the orders that reached 通报 (NOTICE) in a period, grouped by unit, with the points each
 * cost. Plain text, ready to paste into the office's template.
 */
public final class NoticeDocument {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private NoticeDocument() {}

    public static String render(LocalDate from, LocalDate to, List<LedgerEntry> notices, LocalDate issuedOn) {
        StringBuilder out = new StringBuilder();
        out.append("关于").append(from).append("至").append(to).append("整改不力单位的通报\n\n");
        out.append("各责任单位：\n");
        if (notices.isEmpty()) {
            out.append("    ").append(from).append("至").append(to).append("期间，无升级为通报的整改单。\n");
        } else {
            Map<String, List<LedgerEntry>> byUnit = new LinkedHashMap<>();
            notices.forEach(e -> byUnit.computeIfAbsent(e.unitCode, k -> new java.util.ArrayList<>())
                    .add(e));
            out.append("    ")
                    .append(from)
                    .append("至")
                    .append(to)
                    .append("期间，下列整改单经提醒、督办后仍未整改到位，")
                    .append("已升级为通报，现予通报（共")
                    .append(byUnit.size())
                    .append("个单位、")
                    .append(notices.size())
                    .append("件）：\n\n");
            int i = 0;
            for (Map.Entry<String, List<LedgerEntry>> unit : byUnit.entrySet()) {
                LedgerEntry first = unit.getValue().get(0);
                out.append(i < NUMERALS.length ? NUMERALS[i] : Integer.toString(i + 1))
                        .append("、")
                        .append(first.unitName == null ? unit.getKey() : first.unitName)
                        .append("（")
                        .append(unit.getKey())
                        .append("）：")
                        .append(unit.getValue().size())
                        .append("件\n");
                int n = 1;
                for (LedgerEntry e : unit.getValue()) {
                    out.append("    ")
                            .append(n++)
                            .append(". ")
                            .append(e.reason)
                            .append("，扣")
                            .append(e.points.negate().stripTrailingZeros().toPlainString())
                            .append("分\n");
                }
                i++;
            }
            out.append("\n    请被通报单位认真整改，并于3个工作日内将整改情况报区创城办。\n");
        }
        out.append("\n区创城办\n").append(issuedOn).append('\n');
        return out.toString();
    }
}
