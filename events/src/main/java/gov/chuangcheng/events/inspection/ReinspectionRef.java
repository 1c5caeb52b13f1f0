package gov.chuangcheng.events.inspection;

import java.time.OffsetDateTime;

/**
 * What every re-inspection (复查) event carries about the task, so that a consumer renders a message without calling
 * inspection-service.
 *
 * @param dueBy when the verification is due (复查期限)
 */
public record ReinspectionRef(
        String orderId,
        String orderNumber,
        String pointId,
        String pointCode,
        String pointName,
        String standardCode,
        String standardName,
        String unitCode,
        OffsetDateTime dueBy) {}
