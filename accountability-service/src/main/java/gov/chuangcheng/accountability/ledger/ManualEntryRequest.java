package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.platform.input.EvidenceIds;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entry the office records by hand: a deduction or a bonus of a configured kind, with its reason and evidence, and
 * optionally the order or task it is about. {@code points} is the size of the change; the kind gives its sign.
 */
@Schema(
        name = "ManualLedgerEntryCreate",
        example = "{\"unitCode\":\"CGJ\",\"kind\":\"MEDIA_EXPOSURE\",\"points\":3,\"reason\":\"省电视台曝光城关农贸市场占道经营\","
                + "\"evidenceIds\":[\"3b1f5c2a-8e4d-4f6a-b7c9-0a1b2c3d4e5f\"]}")
public record ManualEntryRequest(
        @NotBlank @Size(max = 50) String unitCode,
        @NotBlank @Size(max = 40) String kind,

        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 4, fraction = 2)
        BigDecimal points,

        @NotBlank @Size(max = 1000) String reason,

        @Size(max = 50)
        List<@NotBlank @Pattern(regexp = EvidenceIds.PATTERN, message = EvidenceIds.MESSAGE) String> evidenceIds,

        @Size(max = 36) String orderId,
        @Size(max = 100) String taskId) {}
