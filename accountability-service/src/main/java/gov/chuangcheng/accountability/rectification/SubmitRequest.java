package gov.chuangcheng.accountability.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The unit's report that the problem is fixed (整改完成), with the ids of its evidence photos. */
public record SubmitRequest(
        @NotBlank @Size(max = 2000) String description,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> evidenceIds) {}
