package gov.chuangcheng.task.decomposition;

import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The filters of {@code GET /tasks}; every one is optional.
 *
 * @param unit      tasks this unit leads or co-operates on
 * @param indicator tasks serving a standard of this indicator (测评内容)
 * @param standard  tasks serving this standard
 */
public record TaskFilter(
        String unit, TaskStatus status, LocalDate dueFrom, LocalDate dueTo, String indicator, String standard) {

    /** Parses the query parameters; a bad one is a 400 naming it, not a 404 as JAX-RS would answer. */
    public static TaskFilter parse(
            String unit, String status, String dueFrom, String dueTo, String indicator, String standard) {
        List<Problem.FieldError> errors = new ArrayList<>();
        TaskStatus parsedStatus = null;
        if (present(status)) {
            try {
                parsedStatus = TaskStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("status", "must be one of " + Arrays.toString(TaskStatus.values())));
            }
        }
        LocalDate from = date("dueFrom", dueFrom, errors);
        LocalDate to = date("dueTo", dueTo, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new Problem.FieldError("dueTo", "is before dueFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new TaskFilter(blankToNull(unit), parsedStatus, from, to, blankToNull(indicator), blankToNull(standard));
    }

    private static LocalDate date(String name, String value, List<Problem.FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return present(s) ? s.trim() : null;
    }
}
