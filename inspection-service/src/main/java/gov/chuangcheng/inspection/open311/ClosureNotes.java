package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.events.rectification.Closure;

/**
 * The {@code status_notes} of a closed request, which 12345 reads out to the caller (回访): the truth of how its order
 * closed, never "fixed" for an order that was voided or merged.
 */
final class ClosureNotes {

    private ClosureNotes() {}

    static String of(KnownOrder order) {
        // orders closed before closures were kept were all verified fixed
        Closure closure = order.closure == null ? Closure.REINSPECTION : order.closure;
        if (closure.fixed()) {
            return "已整改（复查通过）" + detail(order.fix);
        }
        if (closure.voided()) {
            return "经核实不属实" + detail(order.closureReason);
        }
        if (closure == Closure.MERGED) {
            return order.mergedIntoNumber == null ? "已合并至其他工单" : "已合并至工单 " + order.mergedIntoNumber;
        }
        // a closure added to the contract after this service was built: closed, without claiming how
        return "已销号（整改单 " + order.orderNumber + "）";
    }

    private static String detail(String text) {
        return text == null || text.isBlank() ? "" : "：" + text.strip();
    }
}
