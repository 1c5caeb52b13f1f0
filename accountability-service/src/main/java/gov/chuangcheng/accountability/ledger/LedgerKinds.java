package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.platform.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a ledger entry is. The system records {@link #ESCALATION}, {@link #TASK_OVERDUE} and {@link #REVERSAL}; the
 * office records entries by hand of the kinds it configured ({@code cc.ledger.manual-kinds}), each a deduction (暗访曝光,
 * 媒体曝光, 上级通报…) or a bonus (加分 for 典型经验…).
 */
public final class LedgerKinds {

    public static final String ESCALATION = "ESCALATION";
    public static final String TASK_OVERDUE = "TASK_OVERDUE";
    public static final String REVERSAL = "REVERSAL";

    /** A kind the office may record by hand. */
    public record ManualKind(String code, String name, boolean bonus) {}

    private final Map<String, ManualKind> manual = new LinkedHashMap<>();

    /** From {@code CODE:名称:DEDUCTION} or {@code CODE:名称:BONUS} entries. */
    public LedgerKinds(List<String> configured) {
        for (String entry : configured) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 3 || !parts[0].matches("[A-Z][A-Z0-9_]*") || parts[1].isBlank()) {
                throw new IllegalArgumentException(
                        "cc.ledger.manual-kinds: '" + entry + "' is not CODE:名称:DEDUCTION|BONUS");
            }
            boolean bonus = switch (parts[2]) {
                case "BONUS" -> true;
                case "DEDUCTION" -> false;
                default ->
                    throw new IllegalArgumentException(
                            "cc.ledger.manual-kinds: '" + entry + "' must end in DEDUCTION or BONUS");
            };
            if (List.of(ESCALATION, TASK_OVERDUE, REVERSAL).contains(parts[0])) {
                throw new IllegalArgumentException("cc.ledger.manual-kinds: " + parts[0] + " is the system's own kind");
            }
            manual.put(parts[0], new ManualKind(parts[0], parts[1].trim(), bonus));
        }
    }

    public List<ManualKind> manual() {
        return List.copyOf(manual.values());
    }

    public Optional<ManualKind> find(String code) {
        return Optional.ofNullable(manual.get(code));
    }

    /** The manual kind {@code code}, or 400 naming {@code field} and the kinds there are. */
    public ManualKind require(String field, String code) {
        return find(code)
                .orElseThrow(() -> ProblemException.invalid(
                        field, "must be one of " + String.join(", ", manual.keySet()) + " (cc.ledger.manual-kinds)"));
    }
}
