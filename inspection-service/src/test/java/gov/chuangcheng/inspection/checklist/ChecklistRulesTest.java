package gov.chuangcheng.inspection.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistRulesTest {

    private static final ChecklistRules.ItemSpec GENERAL =
            new ChecklistRules.ItemSpec("A", bd("10"), bd("6"), Severity.GENERAL);
    private static final ChecklistRules.ItemSpec SERIOUS =
            new ChecklistRules.ItemSpec("B", bd("10"), bd("6"), Severity.SERIOUS);
    private static final ChecklistRules.ItemSpec CRITICAL =
            new ChecklistRules.ItemSpec("C", bd("10"), bd("8"), Severity.CRITICAL);

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    private static ChecklistRules.Outcome evaluate(String a, String b, String c, String threshold) {
        return ChecklistRules.evaluate(
                List.of(
                        new ChecklistRules.Scored(GENERAL, bd(a)),
                        new ChecklistRules.Scored(SERIOUS, bd(b)),
                        new ChecklistRules.Scored(CRITICAL, bd(c))),
                bd(threshold));
    }

    @Test
    void anItemFailsOnlyBelowItsThreshold() {
        assertTrue(ChecklistRules.itemPasses(GENERAL, bd("6")));
        assertTrue(ChecklistRules.itemPasses(GENERAL, bd("6.00")));
        assertFalse(ChecklistRules.itemPasses(GENERAL, bd("5.99")));
    }

    @Test
    void allItemsPassingAndTotalReachingTheThresholdPasses() {
        ChecklistRules.Outcome o = evaluate("6", "6", "8", "20");
        assertTrue(o.passed());
        assertEquals(0, bd("20").compareTo(o.totalScore()));
        assertEquals(0, bd("30").compareTo(o.maxScore()));
        assertTrue(o.failedItems().isEmpty());
    }

    @Test
    void aFailedCriticalItemFailsThePointWhateverTheTotal() {
        ChecklistRules.Outcome o = evaluate("10", "10", "7.5", "20");
        assertFalse(o.passed());
        assertEquals(
                List.of("C"), o.failedItems().stream().map(i -> i.item().code()).toList());
    }

    @Test
    void failedNonCriticalItemsFailThePointOnlyThroughTheTotal() {
        ChecklistRules.Outcome passing = evaluate("5", "10", "10", "24");
        assertTrue(passing.passed(), "a failed general item with a high enough total still passes");
        assertEquals(1, passing.failedItems().size());
        ChecklistRules.Outcome failing = evaluate("5", "5", "10", "24");
        assertFalse(failing.passed(), "total 20 is below 24");
        assertEquals(2, failing.failedItems().size());
    }

    @Test
    void theTotalBelowThePointThresholdFailsEvenWithEveryItemPassing() {
        assertFalse(evaluate("6", "6", "8", "20.5").passed());
    }

    @Test
    void malformedChecklistsAreNamedByField() {
        List<Problem.FieldError> errors = ChecklistRules.check(
                List.of(
                        GENERAL,
                        new ChecklistRules.ItemSpec("A", bd("5"), bd("6"), Severity.GENERAL),
                        new ChecklistRules.ItemSpec("D", bd("0"), bd("0"), Severity.GENERAL)),
                bd("16"));
        List<String> fields = errors.stream().map(Problem.FieldError::field).toList();
        assertTrue(fields.contains("items[1].code"), fields.toString());
        assertTrue(fields.contains("items[1].passThreshold"), fields.toString());
        assertTrue(fields.contains("items[2].maxScore"), fields.toString());
        assertTrue(fields.contains("passThreshold"), "16 > 15 = sum of maxScore: " + fields);
        assertTrue(ChecklistRules.check(List.of(GENERAL, SERIOUS, CRITICAL), bd("30"))
                .isEmpty());
    }
}
