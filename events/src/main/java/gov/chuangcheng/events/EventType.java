package gov.chuangcheng.events;

import java.util.Objects;

/**
 * One event type of the catalogue: its stable wire name (the CloudEvents {@code type}), the topic it travels on
 * and the record that is its payload ({@code data}).
 *
 * @param name        stable wire name such as {@code cc.rectification.escalated.v1}; a new version is a new type
 * @param topic       the topic every event of this type is published to
 * @param payloadType the one payload record of this type, shared by producer and consumers
 * @param <P>         payload type
 */
public record EventType<P extends Record>(String name, Topic topic, Class<P> payloadType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (!name.matches("cc(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+")) {
            throw new IllegalArgumentException("event type name must look like cc.<noun>.<verb>.v<n>: " + name);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
