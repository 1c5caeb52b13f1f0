package gov.chuangcheng.accountability.ranking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The ranking of units for a period (周通报, 月排名, any range) or the whole campaign.
 *
 * @param period         {@code week}, {@code month}, {@code range} or {@code campaign}
 * @param from           first day of the period (district time); null for the campaign
 * @param to             last day, included; null for the campaign
 * @param written        the period as people write it (2026年11月30日至12月6日; 创建以来 for the campaign)
 * @param previousFrom   first day of the previous period the changes are against; null for the campaign
 * @param previousTo     its last day
 * @param rankedBy       the score the places are by
 * @param minimumSample  the smallest denominator a rate is given a value on
 * @param asOf           when the figures were counted
 */
public record RankingReport(
        String period,
        LocalDate from,
        LocalDate to,
        String zone,
        String written,
        LocalDate previousFrom,
        LocalDate previousTo,
        RankBy rankedBy,
        int minimumSample,
        OffsetDateTime asOf,
        List<RankingRow> units) {}
