package gov.chuangcheng.accountability.rectification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Orders as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese headers). Cells are
 * quoted when needed, and a cell that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
public final class RectificationCsv {

    public static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("整改单号", "点位编码", "点位名称", "测评标准", "标准名称", "责任单位编码",
            "责任单位", "严重程度", "来源", "状态", "升级级别", "是否逾期", "是否反弹", "发现次数", "下达时间", "整改期限",
            "提交时间", "销号时间", "是否按期");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(RectificationOrder.DISTRICT);

    private RectificationCsv() {
    }

    public static String of(List<RectificationOrder> orders) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, HEADER);
        for (RectificationOrder o : orders) {
            line(out, List.of(o.number, s(o.pointCode), s(o.pointName), o.standardCode, s(o.standardName), o.unitCode,
                    s(o.unitName), o.severity.displayName(), o.source.displayName(), o.status.displayName(),
                    o.level.displayName(), o.overdue ? "是" : "否", o.relapse ? "是" : "否",
                    Integer.toString(o.failures), time(o.openedAt), time(o.deadline), time(o.submittedAt),
                    time(o.closedAt), o.onTime == null ? "" : o.onTime ? "是" : "否"));
        }
        return out.toString();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    /** Appends one CSV line (CRLF) of {@code cells}, quoted and formula-guarded as needed. */
    public static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
