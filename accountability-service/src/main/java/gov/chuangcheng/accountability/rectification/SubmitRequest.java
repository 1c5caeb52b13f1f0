package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.input.EvidenceIds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit's report that the problem is fixed (整改完成), with the ids of its evidence photos. */
@Schema(example = "{\"description\":\"已划行归市、生熟分区，摊位重新标识\",\"evidenceIds\":[\"3b1f5c2a-8e4d-4f6a-b7c9-0a1b2c3d4e5f\"]}")
public record SubmitRequest(
        @NotBlank @Size(max = 2000) String description,

        @NotEmpty @Size(max = 50)
        List<@NotBlank @Pattern(regexp = EvidenceIds.PATTERN, message = EvidenceIds.MESSAGE) String> evidenceIds) {}
