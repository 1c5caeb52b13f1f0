package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.events.EscalationLevel;
import java.time.Instant;
import java.util.List;

/** The ladders in force: the configured one, and the office's per severity and per standard (newest wins). */
public record LadderView(Ladder configured, List<Ladder> severities, List<Ladder> standards) {

    /** One ladder; {@code id} null for the configured one, {@code retiredAt} set for one no longer in force. */
    public record Ladder(
            Long id,
            LadderPolicy.Scope scope,
            String scopeKey,
            String reminderBefore,
            String noticeAfter,
            String talkAfter,
            String accountabilityAfter,
            EscalationLevel top,
            String topName,
            String note,
            String setBy,
            Instant setAt,
            Instant retiredAt,
            String retiredBy) {

        static Ladder of(LadderPolicy p) {
            return new Ladder(
                    p.id,
                    p.scope,
                    p.scopeKey,
                    p.reminderBefore,
                    p.noticeAfter,
                    p.talkAfter,
                    p.accountabilityAfter,
                    p.top,
                    p.top.displayName(),
                    p.note,
                    p.setBy,
                    p.setAt,
                    p.retiredAt,
                    p.retiredBy);
        }

        static Ladder configured(EscalationLadder l) {
            return new Ladder(
                    null,
                    null,
                    null,
                    l.reminderBefore().toString(),
                    l.noticeAfter().text(),
                    l.talkAfter().text(),
                    l.accountabilityAfter().text(),
                    l.top(),
                    l.top().displayName(),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }
}
