package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.platform.csv.CsvWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The ranking as CSV with Chinese headers, for the monthly 通报 meeting (UTF-8 with a byte-order mark). */
public final class RankingCsv {

    static final List<String> HEADER = List.of(
            "排名",
            "单位编码",
            "单位名称",
            "考核得分",
            "台账条目数",
            "销号整改单数",
            "按期整改率",
            "按期整改率排名",
            "复查整改单数",
            "返工率",
            "平均整改用时（工作小时）",
            "退单数",
            "退单改派数",
            "退单率");
    /** What a rate cell says while its sample is below the minimum. */
    static final String TOO_FEW = "样本不足";

    private RankingCsv() {}

    public static String of(List<RankingView> ranking) {
        StringBuilder out = CsvWriter.start(HEADER);
        for (RankingView r : ranking) {
            CsvWriter.line(
                    out,
                    List.of(
                            Integer.toString(r.rank()),
                            r.unitCode(),
                            r.unitName() == null ? "" : r.unitName(),
                            r.score().stripTrailingZeros().toPlainString(),
                            Integer.toString(r.entries()),
                            Integer.toString(r.closedOrders()),
                            percent(r.onTimeRate()),
                            r.onTimeRank() == null ? "" : Integer.toString(r.onTimeRank()),
                            Integer.toString(r.reinspectedOrders()),
                            percent(r.reworkRate()),
                            r.meanWorkingHoursToRectify() == null
                                    ? TOO_FEW
                                    : r.meanWorkingHoursToRectify().toPlainString(),
                            Integer.toString(r.disputes()),
                            Integer.toString(r.disputesReassigned()),
                            r.disputeShare() == null ? "" : percent(r.disputeShare())));
        }
        return out.toString();
    }

    static String percent(BigDecimal rate) {
        return rate == null
                ? TOO_FEW
                : rate.multiply(BigDecimal.valueOf(100))
                                .setScale(1, RoundingMode.HALF_UP)
                                .toPlainString() + "%";
    }
}
