package gov.chuangcheng.inspection.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The office's dispatch (派遣) of a finding outside every grid to the unit that shall answer for it. */
public record DispatchRequest(
        @NotBlank @Size(max = 64) String unitCode,
        @Size(max = 1000) String comment) {}
