package gov.chuangcheng.task.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

public record CampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String evaluationName,
        @NotNull LocalDate evaluationDate,
        @Size(max = 20) List<@Valid @NotNull PhaseRequest> phases) {

    public record PhaseRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {}
}
