package gov.chuangcheng.events;

/**
 * CloudEvents 1.0 in Kafka binary content mode: the record value is the JSON payload ({@code data}); the context
 * attributes travel as {@code ce_}-prefixed headers, and {@code content-type} says how {@code data} is encoded.
 * Any CloudEvents SDK reads these records without knowing this project.
 */
public final class CloudEvents {
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_CONTENT_TYPE = "content-type";

    /** Sources: one URI reference per producing service. */
    public static final String SOURCE_TASK = "/chuangcheng/task-service";

    public static final String SOURCE_INSPECTION = "/chuangcheng/inspection-service";
    public static final String SOURCE_ACCOUNTABILITY = "/chuangcheng/accountability-service";
    public static final String SOURCE_NOTIFICATION = "/chuangcheng/notification-service";

    private CloudEvents() {}
}
