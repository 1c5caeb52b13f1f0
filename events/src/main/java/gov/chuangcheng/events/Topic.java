package gov.chuangcheng.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every Kafka topic of the product. The names are the wire contract listed in {@code docs/events.md};
 * a deployment may prefix them (see the platform's {@code cc.kafka.topic-prefix}) but never renames them.
 */
public enum Topic {
    DIRECTORY("cc.directory.v1", true, "unit code"),
    EVALUATION("cc.evaluation.v1", true, "standard code"),
    TASKS("cc.tasks.v1", false, "task id"),
    INSPECTIONS("cc.inspections.v1", false, "point id"),
    RECTIFICATIONS("cc.rectifications.v1", false, "point id + ':' + standard code"),
    ASSESSMENT("cc.assessment.v1", false, "unit code"),
    CALENDAR("cc.calendar.v1", true, "year"),
    NOTIFICATIONS("cc.notifications.v1", false, "recipient");

    /** Suffix of the dead-letter topic that belongs to every topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final String wireName;
    private final boolean compacted;
    private final String keyDescription;

    Topic(String wireName, boolean compacted, String keyDescription) {
        this.wireName = wireName;
        this.compacted = compacted;
        this.keyDescription = keyDescription;
    }

    public String wireName() {
        return wireName;
    }

    public String deadLetterName() {
        return wireName + DEAD_LETTER_SUFFIX;
    }

    /** Compacted topics keep the latest event per key so that a new instance can rebuild its read model. */
    public boolean compacted() {
        return compacted;
    }

    public String keyDescription() {
        return keyDescription;
    }

    public static Optional<Topic> byWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
