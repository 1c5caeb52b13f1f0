package gov.chuangcheng.inspection.checklist;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checklist's rules, free of persistence: what a well-formed checklist is, and how an inspection is scored —
 * "an item fails below its threshold; the point fails when a critical item fails or its total falls below the point
 * type's threshold".
 */
public final class ChecklistRules {

    private ChecklistRules() {}

    /** What the rules need to know of an item. */
    public record ItemSpec(String code, BigDecimal maxScore, BigDecimal passThreshold, Severity severity) {}

    /** An item with the score it got. */
    public record Scored(ItemSpec item, BigDecimal score) {}

    public record ItemOutcome(ItemSpec item, BigDecimal score, boolean passed) {}

    public record Outcome(List<ItemOutcome> items, BigDecimal totalScore, BigDecimal maxScore, boolean passed) {

        public List<ItemOutcome> failedItems() {
            return items.stream().filter(i -> !i.passed()).toList();
        }
    }

    /** An item passes when its score reaches its threshold. */
    public static boolean itemPasses(ItemSpec item, BigDecimal score) {
        return score.compareTo(item.passThreshold()) >= 0;
    }

    public static Outcome evaluate(List<Scored> scored, BigDecimal pointPassThreshold) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        boolean criticalFailed = false;
        for (Scored s : scored) {
            boolean passed = itemPasses(s.item(), s.score());
            outcomes.add(new ItemOutcome(s.item(), s.score(), passed));
            total = total.add(s.score());
            max = max.add(s.item().maxScore());
            criticalFailed |= !passed && s.item().severity() == Severity.CRITICAL;
        }
        boolean passed = !criticalFailed && total.compareTo(pointPassThreshold) >= 0;
        return new Outcome(List.copyOf(outcomes), total, max, passed);
    }

    /**
     * What is wrong with a checklist: item codes repeat, a threshold above its item's maximum, a point threshold
     * above what all items together can give. Fields are named like the request ({@code items[2].passThreshold}).
     */
    public static List<Problem.FieldError> check(List<ItemSpec> items, BigDecimal pointPassThreshold) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            ItemSpec item = items.get(i);
            if (!codes.add(item.code())) {
                errors.add(
                        new Problem.FieldError("items[" + i + "].code", "item code " + item.code() + " appears twice"));
            }
            if (item.maxScore().signum() <= 0) {
                errors.add(new Problem.FieldError("items[" + i + "].maxScore", "must be more than 0"));
            }
            if (item.passThreshold().signum() < 0 || item.passThreshold().compareTo(item.maxScore()) > 0) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].passThreshold",
                        "must be between 0 and the item's maxScore "
                                + item.maxScore().toPlainString()));
            }
            max = max.add(item.maxScore());
        }
        if (pointPassThreshold.signum() < 0 || pointPassThreshold.compareTo(max) > 0) {
            errors.add(new Problem.FieldError(
                    "passThreshold", "must be between 0 and the sum of the items' maxScore " + max.toPlainString()));
        }
        return errors;
    }
}
