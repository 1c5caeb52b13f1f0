package gov.chuangcheng.accountability.notice;

import gov.chuangcheng.accountability.ledger.PeriodEntry;
import gov.chuangcheng.accountability.notice.NoticeContent.DeductionItem;
import gov.chuangcheng.accountability.notice.NoticeContent.Figures;
import gov.chuangcheng.accountability.notice.NoticeContent.OrderItem;
import gov.chuangcheng.accountability.notice.NoticeContent.UnitSection;
import gov.chuangcheng.accountability.ranking.RankingRow;
import gov.chuangcheng.accountability.rectification.EscalatedOrders.EscalatedOrder;
import gov.chuangcheng.accountability.rectification.EscalatedOrders.HistoryLine;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.platform.period.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles what a 通报 says about a period (no I/O): the orders that reached 通报 or above in it, per unit, each with
 * the true story of its escalation; every deduction of the period for those units (约谈 and 问责 ones too; reversed
 * ones listed as 已撤销 and not counted); and each unit's figures from the period's ranking. Days run from 00:00 to
 * 24:00 in the district ({@link Period#start()}, {@link Period#end()}).
 */
final class NoticeAssembly {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private NoticeAssembly() {}

    /** Inputs as read: orders with their history, the units' ledger entries, the ranking rows by unit code. */
    static NoticeContent assemble(
            Period period,
            List<EscalatedOrder> orders,
            List<PeriodEntry> entries,
            Map<String, RankingRow> ranking,
            int ranked,
            String issuerName) {
        Map<String, List<OrderItem>> byUnit = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        int count = 0;
        for (EscalatedOrder o : orders.stream()
                .sorted(Comparator.comparing(EscalatedOrder::number))
                .toList()) {
            Optional<String> story =
                    o.voided() ? Optional.empty() : EscalationStory.of(o.history(), period, issuerName);
            if (story.isEmpty()) {
                continue;
            }
            EscalationLevel level = highest(o.history(), period.end());
            byUnit.computeIfAbsent(o.unitCode(), k -> new ArrayList<>())
                    .add(new OrderItem(
                            o.id(),
                            o.number(),
                            o.pointName(),
                            o.description(),
                            level,
                            level.displayName(),
                            story.get()));
            names.putIfAbsent(o.unitCode(), o.unitName());
            count++;
        }
        List<UnitSection> units = new ArrayList<>();
        for (Map.Entry<String, List<OrderItem>> unit : byUnit.entrySet()) {
            String code = unit.getKey();
            List<DeductionItem> deductions = deductions(period, code, entries);
            BigDecimal deducted = deductions.stream()
                    .filter(d -> !d.reversed())
                    .map(DeductionItem::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String name = names.get(code);
            if (name == null || name.isBlank()) {
                name = entries.stream()
                        .filter(e -> code.equals(e.unitCode()) && e.unitName() != null)
                        .map(PeriodEntry::unitName)
                        .findFirst()
                        .orElse(code);
            }
            units.add(new UnitSection(
                    null, code, name, unit.getValue(), deductions, deducted, figures(ranking.get(code), ranked)));
        }
        // most points deducted first (deductions are negative); ties by unit code, so the order is stable
        units.sort(Comparator.comparing(UnitSection::deducted).thenComparing(UnitSection::unitCode));
        List<UnitSection> numbered = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitSection u = units.get(i);
            numbered.add(new UnitSection(
                    ordinal(i + 1), u.unitCode(), u.unitName(), u.orders(), u.deductions(), u.deducted(), u.figures()));
        }
        return new NoticeContent(period.written(), count, numbered);
    }

    /** Every deduction (negative, not itself a reversal) of the unit recorded in the period, in recorded order. */
    private static List<DeductionItem> deductions(Period period, String unitCode, List<PeriodEntry> entries) {
        List<DeductionItem> out = new ArrayList<>();
        for (PeriodEntry e : entries) {
            if (unitCode.equals(e.unitCode())
                    && e.reversalOf() == null
                    && e.points().signum() < 0
                    && within(period, e.recordedAt())) {
                out.add(new DeductionItem(
                        e.id(),
                        LocalDate.ofInstant(e.recordedAt(), period.zone()),
                        e.reason(),
                        e.points(),
                        e.kind(),
                        e.reversed()));
            }
        }
        return out;
    }

    private static boolean within(Period period, Instant at) {
        return !at.isBefore(period.start()) && at.isBefore(period.end());
    }

    /** The highest rung the order's escalations reached before {@code end}. */
    private static EscalationLevel highest(List<HistoryLine> history, Instant end) {
        EscalationLevel top = EscalationLevel.NONE;
        for (HistoryLine h : history) {
            if (HistoryLine.ESCALATED.equals(h.action())
                    && h.at().isBefore(end)
                    && h.level().compareTo(top) > 0) {
                top = h.level();
            }
        }
        return top;
    }

    private static Figures figures(RankingRow row, int ranked) {
        if (row == null) {
            return Figures.NONE;
        }
        return new Figures(
                row.onTime() == null ? null : row.onTime().numerator(),
                row.onTime() == null ? null : row.onTime().denominator(),
                row.onTime() == null ? null : row.onTime().value(),
                row.periodScore(),
                row.cumulativeScore(),
                row.rank(),
                ranked);
    }

    /** 一 to 十, then 十一, 二十一…: how the document numbers its sections. */
    static String ordinal(int n) {
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        if (n < 20) {
            return "十" + NUMERALS[n - 11];
        }
        if (n < 100) {
            return NUMERALS[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10 - 1]);
        }
        return Integer.toString(n);
    }
}
