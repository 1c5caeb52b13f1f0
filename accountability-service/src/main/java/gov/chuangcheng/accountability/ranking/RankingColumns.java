package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.events.assessment.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the ranking's exports, with Chinese headers, and one format for every number: both the CSV and the
 * workbook write these cells, so the two exports never differ in columns or in how a number reads. A rate is written
 * as a percentage with two decimals (75.82%), and beside it what it divides; a rate below its minimum sample reads
 * 样本不足.
 */
final class RankingColumns {

    /** What a rate cell says while its sample is below the minimum. */
    static final String TOO_FEW = "样本不足";

    /** One cell: text, a number (written as it is), or a rate (a fraction written as a percentage). */
    sealed interface Cell {
        /** The cell as the CSV writes it. */
        String text();
    }

    record Text(String value) implements Cell {
        public String text() {
            return value == null ? "" : value;
        }
    }

    record Number(BigDecimal value) implements Cell {
        public String text() {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }

    record Percent(BigDecimal fraction) implements Cell {
        public String text() {
            return fraction.multiply(BigDecimal.valueOf(100))
                            .setScale(2, RoundingMode.HALF_UP)
                            .toPlainString() + "%";
        }
    }

    record Column(String header, Function<RankingRow, Cell> cell) {}

    /** The columns, in order; the campaign's ranking has no previous period, and no columns for it. */
    static List<Column> of(boolean withPrevious) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("排名", r -> count(r.rank())));
        if (withPrevious) {
            columns.add(new Column("上期排名", r -> r.previousRank() == null ? new Text("") : count(r.previousRank())));
            columns.add(new Column("排名变化", r -> new Text(arrow(r.rankChange()))));
        }
        columns.add(new Column("单位编码", r -> new Text(r.unitCode())));
        columns.add(new Column("单位名称", r -> new Text(r.unitName())));
        columns.add(new Column(withPrevious ? "本期得分" : "累计加减分", r -> new Number(r.periodScore())));
        if (withPrevious) {
            columns.add(new Column("上期得分", r -> new Number(r.previousPeriodScore())));
            columns.add(new Column("得分变化", r -> new Text(arrow(r.scoreChange()))));
        }
        columns.add(new Column("考核得分（期末累计）", r -> new Number(r.cumulativeScore())));
        columns.add(new Column("台账条目数", r -> count(r.entries())));
        columns.add(new Column("到期整改单数", r -> count(r.onTime().denominator())));
        columns.add(new Column("按期整改数", r -> count(r.onTime().numerator())));
        columns.add(new Column("按期整改率", r -> rate(r.onTime())));
        columns.add(new Column("复查整改单数", r -> count(r.rework().denominator())));
        columns.add(new Column("返工整改单数", r -> count(r.rework().numerator())));
        columns.add(new Column("返工率", r -> rate(r.rework())));
        columns.add(new Column("销号整改单数", r -> count(r.fixedOrders())));
        columns.add(new Column(
                "平均整改用时（工作小时）",
                r -> r.meanWorkingHoursToFix() == null ? new Text(TOO_FEW) : new Number(r.meanWorkingHoursToFix())));
        columns.add(new Column("收到整改单数", r -> count(r.disputes().denominator())));
        columns.add(new Column("退单数", r -> count(r.disputes().numerator())));
        columns.add(new Column("退单率", r -> rate(r.disputes())));
        columns.add(new Column("退单改派数", r -> count(r.disputesReassigned())));
        return columns;
    }

    /** ↑2 risen two places, ↓1 fallen one, — unchanged; empty without a previous period. */
    static String arrow(Integer change) {
        return change == null ? "" : arrow(BigDecimal.valueOf(change));
    }

    /** ↑7 seven points more, ↓2.5 fewer, — the same; empty without a previous period. */
    static String arrow(BigDecimal change) {
        if (change == null) {
            return "";
        }
        String size = change.abs().stripTrailingZeros().toPlainString();
        return change.signum() > 0 ? "↑" + size : change.signum() < 0 ? "↓" + size : "—";
    }

    private static Cell count(long n) {
        return new Number(BigDecimal.valueOf(n));
    }

    private static Cell rate(Rate rate) {
        return rate.value() == null ? new Text(TOO_FEW) : new Percent(rate.value());
    }
}
