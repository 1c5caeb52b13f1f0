package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.platform.csv.CsvWriter;
import java.util.List;

/** The ranking as CSV (UTF-8 with a byte-order mark, for Excel), in {@link RankingColumns}. */
final class RankingCsv {

    private RankingCsv() {}

    static String of(RankingReport report) {
        List<RankingColumns.Column> columns = RankingColumns.of(report.previousFrom() != null);
        StringBuilder out = CsvWriter.start(
                columns.stream().map(RankingColumns.Column::header).toList());
        for (RankingRow row : report.units()) {
            CsvWriter.line(
                    out, columns.stream().map(c -> c.cell().apply(row).text()).toList());
        }
        return out.toString();
    }
}
