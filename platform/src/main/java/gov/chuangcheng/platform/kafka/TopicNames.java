package gov.chuangcheng.platform.kafka;

import gov.chuangcheng.events.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Physical topic names: the catalogue name behind an optional deployment-wide prefix ({@code cc.kafka.topic-prefix}).
 * Production uses no prefix; every test run gets a prefix of its own so that runs never read each other's events.
 */
@ApplicationScoped
public class TopicNames {

    private final String prefix;

    /** An empty value counts as missing in MicroProfile Config, hence the Optional. */
    public TopicNames(@ConfigProperty(name = "cc.kafka.topic-prefix") Optional<String> prefix) {
        this.prefix = prefix.map(String::trim).orElse("");
    }

    public String of(Topic topic) {
        return prefix + topic.wireName();
    }

    public String deadLetterOf(Topic topic) {
        return prefix + topic.deadLetterName();
    }

    /** The catalogue topic behind a physical name, or null for a name outside the catalogue. */
    public Topic catalogueTopic(String physicalName) {
        if (physicalName == null || !physicalName.startsWith(prefix)) {
            return null;
        }
        return Topic.byWireName(physicalName.substring(prefix.length())).orElse(null);
    }

    public String prefix() {
        return prefix;
    }
}
