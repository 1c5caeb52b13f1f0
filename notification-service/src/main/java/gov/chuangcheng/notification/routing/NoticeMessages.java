package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.notice.NoticeIssued;
import gov.chuangcheng.events.notice.NoticedOrder;
import gov.chuangcheng.events.notice.NoticedUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template data of an issued 通报 ({@code cc.notice.issued.v1}). Each reader reads the notice for what it is to
 * them: a unit the notice names (被通报单位) reads its own orders, its deduction and what it must do; a unit it is
 * addressed to (主送) and does not name reads that it was issued, to check itself against it; everybody else it reaches
 * (抄送, the office) is informed, with no call to act.
 */
final class NoticeMessages {

    private NoticeMessages() {}

    /** Fills {@code data} for an issued notice and returns its template name; null for any other payload. */
    static String fill(Record payload, Delivery delivery, Map<String, Object> data) {
        if (!(payload instanceof NoticeIssued n)) {
            return null;
        }
        String unit = delivery == null ? null : delivery.recipientUnitCode();
        Optional<NoticedUnit> named = n.units().stream()
                .filter(u -> u.unitCode() != null && u.unitCode().equals(unit))
                .findFirst();
        data.put("title", n.title());
        data.put("documentNumber", n.documentNumber());
        data.put("corrects", n.corrects());
        data.put("unitCount", n.units().size());
        data.put(
                "orderCount",
                n.units().stream().mapToInt(u -> u.orders().size()).sum());
        data.put(
                "unitNames",
                String.join("、", n.units().stream().map(NoticedUnit::unitName).toList()));
        data.put("named", named.isPresent());
        data.put("addressed", unit != null && n.mainRecipientUnitCodes().contains(unit));
        data.put("ownOrders", named.map(u -> lines(u.orders())).orElse(""));
        data.put("ownCount", named.map(u -> u.orders().size()).orElse(0));
        BigDecimal deducted = named.map(NoticedUnit::deducted).orElse(null);
        data.put(
                "ownDeduction",
                deducted == null || deducted.signum() == 0 ? "" : "扣" + OrderWords.points(deducted) + "分");
        return "notice-issued";
    }

    /** （1）ZG-2026-000123「城关农贸市场」：生熟未分区（12月1日提醒、12月2日督办后逾期仍未整改，12月3日升级为通报） */
    private static String lines(List<NoticedOrder> orders) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < orders.size(); i++) {
            NoticedOrder o = orders.get(i);
            if (i > 0) {
                out.append('\n');
            }
            out.append('（')
                    .append(i + 1)
                    .append('）')
                    .append(o.number())
                    .append('「')
                    .append(o.pointName())
                    .append('」');
            if (o.problem() != null && !o.problem().isBlank()) {
                out.append('：').append(o.problem().strip());
            }
            if (o.escalation() != null && !o.escalation().isBlank()) {
                out.append('（').append(o.escalation().strip()).append('）');
            }
        }
        return out.toString();
    }
}
