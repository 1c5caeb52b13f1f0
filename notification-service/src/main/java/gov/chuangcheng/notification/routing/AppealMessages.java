package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import java.util.Map;

/**
 * The template data of appeals (申诉). An appeal contests one ledger entry of an order ({@code deduction}): the text
 * names it (对扣2分申诉), an upheld one says that exactly that deduction is reversed and that the order goes on — it is
 * not voided — and a rejected one that the rejection is final. An appeal filed before appeals named an entry keeps
 * the old words.
 */
final class AppealMessages {

    private AppealMessages() {}

    /** Fills {@code data} for an appeal event and returns its template name; null for any other payload. */
    static String fill(Record payload, Map<String, Object> data, OrderWords words) {
        if (payload instanceof RectificationAppealed e) {
            words.order(e.order(), data);
            data.put("date", words.day(e.at()));
            data.put("reason", e.reason());
            data.put("deduction", OrderWords.deduction(e.deduction()));
            return "rectification-appealed";
        }
        if (payload instanceof AppealDecided e) {
            words.order(e.order(), data);
            data.put("decisionName", e.decision() == null ? "" : e.decision().displayName());
            data.put("comment", e.comment());
            data.put("deduction", OrderWords.deduction(e.deduction()));
            boolean perEntry = e.deduction() != null || e.reversal() != null;
            data.put("reversed", e.decision() == AppealDecision.UPHELD && perEntry);
            data.put("rejected", e.decision() == AppealDecision.REJECTED);
            var reversal = e.reversal() != null && e.reversal().points() != null ? e.reversal() : e.deduction();
            data.put(
                    "reversedPoints",
                    reversal == null || reversal.points() == null ? null : OrderWords.points(reversal.points()));
            return "appeal-decided";
        }
        return null;
    }
}
