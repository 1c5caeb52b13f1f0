package gov.chuangcheng.events;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The CloudEvents context of one event together with its undecoded JSON {@code data}. Consumers get this from the
 * platform's inbox and decode {@code data} into the payload record of {@link #type()}.
 *
 * @param id          unique per event; consumers de-duplicate on it
 * @param source      the producing service, see {@link CloudEvents}
 * @param type        the catalogue name of the event type
 * @param time        when the state change happened
 * @param subject     the aggregate the event is about (equals the Kafka key)
 * @param specversion always {@value CloudEvents#SPEC_VERSION}
 * @param datacontenttype always {@value CloudEvents#CONTENT_TYPE}
 * @param data        the payload as JSON text
 */
public record EventEnvelope(
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String specversion,
        String datacontenttype,
        String data) {
    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }
}
