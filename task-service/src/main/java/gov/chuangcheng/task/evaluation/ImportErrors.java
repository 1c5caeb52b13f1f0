package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The mistakes found in an imported file, in the order found. Keeps the first {@value #LIMIT} so that a completely
 * wrong file gives a readable answer, and says how many more there were.
 */
public final class ImportErrors {

    static final int LIMIT = 200;

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private int dropped;

    public void add(String field, String message) {
        if (errors.size() < LIMIT) {
            errors.add(new Problem.FieldError(field, message));
        } else {
            dropped++;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> list() {
        List<Problem.FieldError> all = new ArrayList<>(errors);
        if (dropped > 0) {
            all.add(new Problem.FieldError("body", "and " + dropped + " more errors"));
        }
        return all;
    }
}
