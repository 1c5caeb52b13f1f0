package gov.chuangcheng.task.veto;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An occurrence of a veto item as recorded, and its withdrawal if the office withdrew it.
 *
 * @param withdrawnAt absent while the occurrence stands
 */
public record VetoOccurrenceView(
        String id,
        String itemCode,
        String itemName,
        String consequence,
        String what,
        String place,
        OffsetDateTime occurredAt,
        List<String> evidenceIds,
        String recordedBy,
        OffsetDateTime recordedAt,
        OffsetDateTime withdrawnAt,
        String withdrawnBy,
        String withdrawalReason) {

    public boolean standing() {
        return withdrawnAt == null;
    }
}
