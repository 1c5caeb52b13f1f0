package gov.chuangcheng.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigMappingKeysTest {

    @Test
    void aMappingsMethodsAndGroupsAreItsKeysAndMapsAreLeftOut() {
        String source = """
                package x;

                @ConfigMapping(prefix = "cc.ledger")
                public interface LedgerConfig {

                    /** Every unit's score before its first entry, e.g. {@code 100}; see {@link #rates()}. */
                    @WithDefault("100")
                    BigDecimal startingScore();

                    Deduction deduction();

                    Optional<Duration> graceTime();

                    Map<String, Deduction> byStandard();

                    interface Deduction {
                        @WithDefault("2")
                        BigDecimal notice();

                        default boolean any() {
                            return true;
                        }
                    }
                }
                """;
        assertEquals(
                Set.of("cc.ledger.starting-score", "cc.ledger.deduction.notice", "cc.ledger.grace-time"),
                ConfigMappingKeys.keysOf(source));
        assertEquals(Set.of(), ConfigMappingKeys.keysOf("public interface NotAMapping { int x(); }"));
    }

    @Test
    void theServicesMappingsAreRead() {
        Set<String> keys = ConfigMappingKeys.of(
                DeployManifestsTest.ROOT, List.of("accountability-service", "notification-service", "platform"));
        for (String key : List.of(
                "cc.escalation.notice-after",
                "cc.ledger.deduction.notice",
                "cc.ledger.rates.minimum-sample",
                "cc.webhooks.disable-min-failures",
                "cc.calendar.zone")) {
            assertTrue(keys.contains(key), key + " in " + keys);
        }
    }
}
