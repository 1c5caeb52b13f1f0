package gov.chuangcheng.task.material;

import gov.chuangcheng.platform.problem.ProblemException;
import java.util.Arrays;

/** The filters of {@code GET /materials}; every one is optional. */
public record MaterialFilter(String standard, String unit, MaterialStatus status) {

    /** Parses the query parameters; an unknown status is a 400 naming it, not a 404 as JAX-RS would answer. */
    public static MaterialFilter parse(String standard, String unit, String status) {
        MaterialStatus parsed = null;
        if (MaterialService.blankToNull(status) != null) {
            parsed = Arrays.stream(MaterialStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(status.trim()))
                    .findFirst()
                    .orElseThrow(() ->
                            ProblemException.invalid("status", "应为" + Arrays.toString(MaterialStatus.values()) + "之一"));
        }
        return new MaterialFilter(MaterialService.blankToNull(standard), MaterialService.blankToNull(unit), parsed);
    }
}
