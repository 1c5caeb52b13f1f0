package gov.chuangcheng.task.veto;

import gov.chuangcheng.platform.input.EvidenceIds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An occurrence of a veto item the office records: what happened, where, when, and the evidence. */
@Schema(
        name = "VetoOccurrenceCreate",
        example = "{\"itemCode\":\"V-1\",\"what\":\"城关农贸市场发生火灾，造成人员伤亡\",\"place\":\"城关农贸市场\","
                + "\"occurredAt\":\"2026-12-03T09:30:00+08:00\",\"evidenceIds\":[]}")
public record VetoOccurrenceRequest(
        @NotBlank @Size(max = 50) String itemCode,
        @NotBlank @Size(max = 4000) String what,
        @NotBlank @Size(max = 500) String place,
        @NotNull OffsetDateTime occurredAt,

        @Size(max = 50)
        List<@NotBlank @Pattern(regexp = EvidenceIds.PATTERN, message = EvidenceIds.MESSAGE) String> evidenceIds) {}
