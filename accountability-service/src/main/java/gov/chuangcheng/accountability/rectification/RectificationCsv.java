package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.csv.CsvWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Orders as CSV with Chinese headers ({@link CsvWriter}), times as the district reads them. */
public final class RectificationCsv {

    static final List<String> HEADER = List.of(
            "整改单号", "点位编码", "点位名称", "测评标准", "标准名称", "责任单位编码", "责任单位", "严重程度", "来源", "状态", "升级级别", "是否逾期", "是否反弹",
            "发现次数", "下达时间", "整改期限", "提交时间", "销号时间", "销号方式", "是否按期");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RectificationCsv() {}

    public static String of(List<RectificationOrder> orders, ZoneId zone) {
        DateTimeFormatter time = TIME.withZone(zone);
        StringBuilder out = CsvWriter.start(HEADER);
        for (RectificationOrder o : orders) {
            CsvWriter.line(
                    out,
                    List.of(
                            o.number(),
                            s(o.pointCode()),
                            s(o.pointName()),
                            o.standardCode(),
                            s(o.standardName()),
                            o.unitCode(),
                            s(o.unitName()),
                            o.severity().displayName(),
                            o.source().displayName(),
                            o.status().displayName(),
                            o.level().displayName(),
                            o.overdue() ? "是" : "否",
                            o.relapse() ? "是" : "否",
                            Integer.toString(o.failures()),
                            time(time, o.openedAt()),
                            time(time, o.deadline()),
                            time(time, o.submittedAt()),
                            time(time, o.closedAt()),
                            o.closure() == null ? "" : o.closure().displayName(),
                            o.onTime() == null ? "" : o.onTime() ? "是" : "否"));
        }
        return out.toString();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String time(DateTimeFormatter format, Instant t) {
        return t == null ? "" : format.format(t);
    }
}
