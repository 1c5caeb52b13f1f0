package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A sampling draw (抽样): {@code quotas} points of each type from the declared list for {@code date}, dealt to
 * {@code inspectors}. {@code seed} repeats a draw (absent: one is chosen and kept); {@code excludeLastDraws} leaves
 * out the points drawn in that many latest draws (0 by default).
 */
public record MockExamRequest(
        @NotNull LocalDate date,

        @Schema(
                description = "how many points to draw of each point type, by its code, e.g. "
                        + "{\"FARMERS_MARKET\": 2, \"BACK_STREET\": 3}")
        @NotEmpty
        Map<@NotNull PointType, @NotNull @Min(1) @Max(MockExamRequest.MAX_QUOTA) Integer> quotas,

        @Min(0) @Max(MockExamRequest.MAX_SEED) Long seed,
        @Min(0) @Max(MockExamRequest.MAX_EXCLUDED_DRAWS) Integer excludeLastDraws,

        @NotEmpty @Size(max = MockExamRequest.MAX_INSPECTORS)
        List<
                        @NotBlank
                        @Pattern(
                                regexp = "[A-Za-z0-9._@-]{1,100}",
                                message = "1–100 letters, digits, '.', '_', '@' or '-'")
                        String>
                inspectors,

        @Size(max = 400) String note) {

    /** A quota above a plan's points could not become a plan anyway. */
    public static final int MAX_QUOTA = 200;

    /** Seeds stay within what a JSON client's number (a double) holds exactly: 2^53 − 1. */
    public static final long MAX_SEED = 9_007_199_254_740_991L;

    public static final int MAX_EXCLUDED_DRAWS = 50;
    public static final int MAX_INSPECTORS = 50;

    public int excluded() {
        return excludeLastDraws == null ? 0 : excludeLastDraws;
    }
}
