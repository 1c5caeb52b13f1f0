package gov.chuangcheng.task.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Writes the unit ranking as CSV (RFC 4180, CRLF, a UTF-8 BOM so that Excel reads the Chinese headers). */
final class RankingCsv {

    static final String HEADER = "单位,考核得分,排名,按期完成率,按期整改率";

    private RankingCsv() {}

    static String write(List<UnitRow> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (UnitRow row : rows) {
            csv.append(field(row.name()))
                    .append(',')
                    .append(row.score().setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .append(',')
                    .append(row.rank())
                    .append(',')
                    .append(percent(row.onTimeTaskRate()))
                    .append(',')
                    .append(percent(row.onTimeRectificationRate()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** 0.8333 → "83.33%"; null (below the minimum sample) → empty. */
    static String percent(BigDecimal rate) {
        return rate == null
                ? ""
                : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would make a spreadsheet formula of a unit name
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
