package gov.chuangcheng.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One committed, not yet published outbox row as the relay reads it. */
public record OutboxRow(
        long id,
        UUID eventId,
        String topic,
        String key,
        String type,
        String source,
        OffsetDateTime occurredAt,
        String payload) {}
