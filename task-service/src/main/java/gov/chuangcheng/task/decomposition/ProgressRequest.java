package gov.chuangcheng.task.decomposition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A progress report (进度报告).
 *
 * @param percent         how far the task is, 0–100
 * @param materials       references to ledger material (台账材料) for the document review
 * @param milestonesDone  indexes (0-based, as in the task's {@code milestones}) of milestones this report completes
 */
public record ProgressRequest(
        @NotBlank @Size(max = 4000) String text,

        @NotNull
        @Min(value = 0, message = "must be between 0 and 100")
        @Max(value = 100, message = "must be between 0 and 100")
        Integer percent,

        @Size(max = 20) List<@Valid @NotNull MaterialRequest> materials,
        @Size(max = 50) List<@NotNull @Min(0) Integer> milestonesDone) {

    public record MaterialRequest(
            @NotBlank @Size(max = 200) String name,

            @NotBlank
            @Size(max = 1000)
            @Pattern(regexp = "[A-Za-z][A-Za-z0-9+.-]*:\\S+", message = "must be an absolute URI")
            String uri) {}

    List<MaterialRequest> materialList() {
        return materials == null ? List.of() : materials;
    }

    List<Integer> milestonesDoneList() {
        return milestonesDone == null ? List.of() : milestonesDone;
    }
}
