package gov.chuangcheng.accountability.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.platform.problem.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the office may enter as a standard's own deadline. */
class DeadlineRulesTest {

    private static List<String> fields(String code, Long amount, String unit) {
        return DeadlineRules.check(code, new DeadlinePolicyRequest(amount, unit, null)).stream()
                .map(Problem.FieldError::field)
                .toList();
    }

    @Test
    void validOverridesBecomeAllowances() {
        assertEquals(List.of(), fields("S-3.1.4", 4L, "WORKING_HOURS"));
        assertEquals(List.of(), fields("S-3.1.4", 2L, "working_days"));
        assertEquals(
                DeadlinePolicy.Allowance.officeTime(Duration.ofHours(4)),
                DeadlineRules.allowance(new DeadlinePolicyRequest(4L, "WORKING_HOURS", null)));
        assertEquals(
                DeadlinePolicy.Allowance.officeTime(Duration.ofMinutes(90)),
                DeadlineRules.allowance(new DeadlinePolicyRequest(90L, "WORKING_MINUTES", null)));
        assertEquals(
                DeadlinePolicy.Allowance.workingDays(2),
                DeadlineRules.allowance(new DeadlinePolicyRequest(2L, "working_days", null)));
    }

    @Test
    void anUnknownUnitOfTimeIsRefused() {
        assertEquals(List.of("unit"), fields("S-1", 4L, "HOURS"));
        assertEquals(List.of("unit"), fields("S-1", 4L, "fortnights"));
        assertEquals(List.of("unit"), fields("S-1", 4L, " "));
        assertTrue(
                DeadlineRules.check("S-1", new DeadlinePolicyRequest(4L, "HOURS", null))
                        .get(0)
                        .message()
                        .contains("WORKING_HOURS"),
                "the message names the units there are");
    }

    @Test
    void zeroNegativeMissingOrHugeAmountsAreRefused() {
        assertEquals(List.of("amount"), fields("S-1", 0L, "WORKING_HOURS"));
        assertEquals(List.of("amount"), fields("S-1", -4L, "WORKING_DAYS"));
        assertEquals(List.of("amount"), fields("S-1", null, "WORKING_DAYS"));
        assertEquals(List.of("amount"), fields("S-1", 61L, "WORKING_DAYS"));
        assertEquals(List.of(), fields("S-1", 60L, "WORKING_DAYS"));
    }

    @Test
    void malformedStandardCodesAreRefused() {
        assertEquals(List.of("standardCode"), fields("S 1", 4L, "WORKING_HOURS"));
        assertEquals(List.of("standardCode"), fields("-S1", 4L, "WORKING_HOURS"));
        assertEquals(List.of("standardCode"), fields("S-" + "1".repeat(40), 4L, "WORKING_HOURS"));
        assertEquals(List.of("standardCode"), fields("暴露垃圾", 4L, "WORKING_HOURS"));
        assertEquals(List.of("standardCode", "unit", "amount"), fields("", 0L, "x"));
    }
}
