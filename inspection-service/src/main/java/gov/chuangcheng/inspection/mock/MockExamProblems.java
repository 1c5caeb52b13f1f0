package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import java.util.List;

/** How a draw that cannot be made is told, in the words the office uses. */
final class MockExamProblems {

    /** The status of a well-formed draw the declared list cannot satisfy. */
    static final int UNSATISFIABLE = 422;

    private MockExamProblems() {}

    /**
     * 422 naming each type whose quota is above what can be drawn ({@code quotas.FARMERS_MARKET}): the type, how many
     * were wanted and how many could be drawn, and why fewer.
     */
    static ProblemException shortfall(List<MockSampling.Tally> shortfalls, int excludeLastDraws) {
        List<Problem.FieldError> errors = shortfalls.stream()
                .map(t -> new Problem.FieldError("quotas." + t.type().name(), message(t, excludeLastDraws)))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : errors.size() + " 类点位可抽数量不足："
                        + String.join(
                                "；",
                                errors.stream().map(Problem.FieldError::message).toList());
        return new ProblemException(
                UNSATISFIABLE, Problem.TYPE_BASE + "quota-too-large", "Quota too large", detail, errors);
    }

    static String message(MockSampling.Tally t, int excludeLastDraws) {
        String why = t.excluded() == 0
                ? "申报且在用的" + t.type().displayName() + "共 " + t.declared() + " 个"
                : "申报且在用的 " + t.declared() + " 个中有 " + t.excluded() + " 个在最近 " + excludeLastDraws + " 次抽样中已抽过";
        return t.type().displayName() + "要抽 " + t.quota() + " 个，可抽的只有 " + t.drawable() + " 个（" + why + "）";
    }
}
