package gov.chuangcheng.task.decomposition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Create or replace a task (office only).
 *
 * @param standardCodes the standards of the active evaluation system the task serves; the first is its primary one
 * @param coUnitCodes   co-units (配合单位), each different from the lead unit
 * @param dueDate       the due date (完成时限); not in the past, and not after the evaluation date unless allowed
 */
@Schema(
        example =
                "{\"title\":\"农贸市场生熟分区整治\",\"description\":\"按测评标准完成全区农贸市场生熟分区\",\"standardCodes\":[\"2.3.1\"],\"leadUnitCode\":\"SCJGJ\",\"coUnitCodes\":[\"CGJ\"],\"dueDate\":\"2026-12-20\",\"milestones\":[{\"name\":\"完成摸底\",\"dueDate\":\"2026-12-08\"}]}")
public record TaskRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 32) String> standardCodes,
        @NotBlank @Size(max = 32) String leadUnitCode,
        @Size(max = 30) List<@NotBlank @Size(max = 32) String> coUnitCodes,
        @NotNull LocalDate dueDate,
        @Size(max = 50) List<@Valid @NotNull MilestoneRequest> milestones) {

    public record MilestoneRequest(
            @NotBlank @Size(max = 200) String name, @NotNull LocalDate dueDate, Boolean done) {}

    List<String> coUnits() {
        return coUnitCodes == null ? List.of() : coUnitCodes;
    }

    List<MilestoneRequest> milestoneList() {
        return milestones == null ? List.of() : milestones;
    }
}
