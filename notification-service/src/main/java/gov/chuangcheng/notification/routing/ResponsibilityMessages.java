package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.DisputeDecided;
import gov.chuangcheng.events.rectification.DisputeDecision;
import gov.chuangcheng.events.rectification.RectificationDispatched;
import gov.chuangcheng.events.rectification.RectificationDisputed;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import java.util.Map;

/**
 * The template data of the events about who handles an order: a unit returns it as not its responsibility (退单), the
 * office decides (确权) and may move it to another unit (改派), a unit dispatches it inside itself (派遣). Each text is
 * written for its reader: the unit that lost a reassigned order reads that it left and that its deductions were
 * reversed, the unit that got it reads it as a new order; the assignee of a dispatch reads that it was given the order.
 */
final class ResponsibilityMessages {

    private ResponsibilityMessages() {}

    /** Fills {@code data} for one of these events and returns its template name; null for any other payload. */
    static String fill(Record payload, Delivery delivery, Map<String, Object> data, OrderWords words) {
        if (payload instanceof RectificationDisputed e) {
            words.order(e.order(), data);
            data.put("date", words.day(e.at()));
            data.put("claimedName", OrderWords.name(e.claimedUnit(), "其他单位"));
            data.put("reason", e.reason());
            return "rectification-disputed";
        }
        if (payload instanceof DisputeDecided e) {
            words.order(e.order(), data);
            data.put("reassigned", e.decision() == DisputeDecision.REASSIGNED);
            data.put("settledName", OrderWords.name(e.settledUnit(), "其他单位"));
            data.put("comment", e.comment());
            data.put("finalDecision", e.finalDecision());
            return "dispute-decided";
        }
        if (payload instanceof RectificationReassigned e) {
            words.order(e.order(), data);
            data.put("date", words.day(e.at()));
            data.put("fromName", OrderWords.name(e.from(), "原责任单位"));
            data.put("toName", OrderWords.name(e.to(), String.valueOf(data.get("unitName"))));
            data.put("reason", e.reason());
            String from = e.from() == null ? null : e.from().code();
            data.put(
                    "former",
                    delivery != null
                            && from != null
                            && from.equals(delivery.recipientUnitCode())
                            && !from.equals(e.order().unitCode()));
            return "rectification-reassigned";
        }
        if (payload instanceof RectificationDispatched e) {
            words.order(e.order(), data);
            Assignee assignee = e.assignee() != null ? e.assignee() : e.order().assignee();
            data.put("assigneeName", assigneeName(assignee));
            data.put("forAssignee", delivery != null && delivery.assigned());
            data.put("comment", e.comment());
            return "rectification-dispatched";
        }
        return null;
    }

    /** 城关街道, 经办人zhang3, 城关街道经办人zhang3; 本单位经办人 when the event names nobody. */
    static String assigneeName(Assignee assignee) {
        String unit = assignee == null ? null : blankToNull(assignee.unitName());
        if (unit == null && assignee != null) {
            unit = blankToNull(assignee.unitCode());
        }
        String handler = assignee == null ? null : blankToNull(assignee.username());
        if (unit == null && handler == null) {
            return "本单位经办人";
        }
        return (unit == null ? "" : unit) + (handler == null ? "" : "经办人" + handler);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
