package gov.chuangcheng.events.rectification;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import java.time.OffsetDateTime;

/**
 * What every rectification event carries about its order, so that a consumer renders a message (point, standard, unit,
 * deadline) without calling accountability-service.
 *
 * @param number   human order number such as {@code ZG-2026-000123}
 * @param deadline current deadline on the working calendar; null while suspended
 * @param level    current escalation level after the event
 * @param assignee whom the unit dispatched the order to (派遣); null when it is not dispatched
 */
public record OrderRef(
        String id,
        String number,
        String pointId,
        String pointCode,
        String pointName,
        String standardCode,
        String standardName,
        String unitCode,
        String unitName,
        Severity severity,
        OffsetDateTime deadline,
        EscalationLevel level,
        Assignee assignee) {

    /** An order that is not dispatched. */
    public OrderRef(
            String id,
            String number,
            String pointId,
            String pointCode,
            String pointName,
            String standardCode,
            String standardName,
            String unitCode,
            String unitName,
            Severity severity,
            OffsetDateTime deadline,
            EscalationLevel level) {
        this(
                id,
                number,
                pointId,
                pointCode,
                pointName,
                standardCode,
                standardName,
                unitCode,
                unitName,
                severity,
                deadline,
                level,
                null);
    }

    /** The Kafka key of every event of this order's episode: point id and standard code. */
    public String episodeKey() {
        return pointId + ":" + standardCode;
    }
}
