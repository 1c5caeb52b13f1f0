package gov.chuangcheng.accountability.escalation;

import java.util.List;
import java.util.Map;

/**
 * The orders one sweep claimed, in the order to work through them (by unit), and each one's due steps in due order.
 */
public record DueSteps(List<String> orderIds, Map<String, List<DueStep>> steps) {

    public List<DueStep> of(String orderId) {
        return steps.getOrDefault(orderId, List.of());
    }
}
