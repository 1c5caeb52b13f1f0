package gov.chuangcheng.accountability.notice;

import gov.chuangcheng.accountability.rectification.EscalatedOrders.HistoryLine;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.platform.period.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an order really escalated, told from its history in one sentence of a 通报: "12月1日提醒、12月2日督办后逾期仍未
 * 整改，12月3日升级为通报". Only what the history holds is said: rungs climbed at one instant are one jump ("直接升级为
 * 通报", never "经提醒、督办后"), a failed verification is named, a rung by the office's hand reads 经领导批示 when the
 * instruction says so, a relapse reads 销号后反弹. No I/O.
 */
final class EscalationStory {

    private EscalationStory() {}

    /** The rungs climbed at one instant for one reason: one step of the story. */
    private record Jump(Instant at, EscalationReason reason, EscalationLevel top, int rungs, String note) {}

    /** A step before the rung the notice is about: a jump or a failed verification. */
    private record Before(Instant at, String text) {}

    /**
     * The sentence for an order whose history (oldest first) has a rung of 通报 or above in {@code period}; empty when
     * it has none there. {@code issuerName} is who escalates by hand when no leader's instruction is named.
     */
    static Optional<String> of(List<HistoryLine> history, Period period, String issuerName) {
        List<Jump> jumps = jumps(history, period.end());
        int first = -1;
        for (int i = 0; i < jumps.size(); i++) {
            Jump j = jumps.get(i);
            if (j.top().compareTo(EscalationLevel.NOTICE) >= 0 && !j.at().isBefore(period.start())) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        Jump key = jumps.get(first);
        ZoneId zone = period.zone();
        List<Before> before = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            Jump j = jumps.get(i);
            before.add(new Before(j.at(), j.top().displayName()));
        }
        for (HistoryLine h : history) {
            if (HistoryLine.REINSPECTION_FAILED.equals(h.action()) && h.at().isBefore(key.at())) {
                before.add(new Before(h.at(), "复查未通过"));
            }
        }
        before.sort((a, b) -> a.at().compareTo(b.at()));
        StringBuilder out = new StringBuilder();
        String earlier = earlier(before, zone);
        out.append(opening(key, earlier, zone, issuerName));
        for (int i = first + 1; i < jumps.size(); i++) {
            Jump j = jumps.get(i);
            out.append("，").append(day(j.at(), zone)).append(by(j, issuerName)).append(climb(j));
        }
        return Optional.of(out.toString());
    }

    /** 10月14日提醒、10月15日督办; steps of one day under one date: 10月15日提醒、督办. */
    private static String earlier(List<Before> before, ZoneId zone) {
        StringBuilder s = new StringBuilder();
        String lastDay = null;
        for (Before b : before) {
            String day = day(b.at(), zone);
            s.append(s.length() == 0 ? "" : "、")
                    .append(day.equals(lastDay) ? "" : day)
                    .append(b.text());
            lastDay = day;
        }
        return s.toString();
    }

    /** The sentence up to the rung the notice is about. */
    private static String opening(Jump key, String earlier, ZoneId zone, String issuerName) {
        String when = day(key.at(), zone);
        String after = earlier.isEmpty() ? "" : earlier + "后";
        EscalationReason reason = key.reason() == null ? EscalationReason.OVERDUE : key.reason();
        switch (reason) {
            case MANUAL:
                return (after.isEmpty() ? "" : after + "，") + when + by(key, issuerName) + climb(key);
            case RELAPSE:
                return (after.isEmpty() ? "" : after + "，") + "销号后反弹，" + when + climb(key);
            case OVERDUE:
                return (after.isEmpty() ? "逾期未整改，" : after + "逾期仍未整改，") + when + climb(key);
            default:
                return after + reason.displayName() + "，" + when + climb(key);
        }
    }

    /** Who escalated, when it was by hand. */
    private static String by(Jump j, String issuerName) {
        if (j.reason() != EscalationReason.MANUAL) {
            return "";
        }
        return j.note() != null && j.note().contains("批示") ? "经领导批示" : "经" + issuerName + "研究";
    }

    private static String climb(Jump j) {
        return (j.rungs() > 1 ? "直接升级为" : "升级为") + j.top().displayName();
    }

    /** The escalations before {@code end}, rungs of one instant and one reason taken together. */
    private static List<Jump> jumps(List<HistoryLine> history, Instant end) {
        List<Jump> jumps = new ArrayList<>();
        for (HistoryLine h : history) {
            if (!HistoryLine.ESCALATED.equals(h.action()) || !h.at().isBefore(end)) {
                continue;
            }
            Jump last = jumps.isEmpty() ? null : jumps.get(jumps.size() - 1);
            if (last != null && last.at().equals(h.at()) && last.reason() == h.reason()) {
                jumps.set(
                        jumps.size() - 1,
                        new Jump(last.at(), last.reason(), max(last.top(), h.level()), last.rungs() + 1, last.note()));
            } else {
                jumps.add(new Jump(h.at(), h.reason(), h.level(), 1, h.note()));
            }
        }
        return jumps;
    }

    private static EscalationLevel max(EscalationLevel a, EscalationLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** 12月3日, in the district. */
    static String day(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        return t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
    }
}
