package gov.chuangcheng.events.inspection;

import gov.chuangcheng.events.Severity;
import java.math.BigDecimal;

/** The score of one check item in an inspection. */
public record ItemResult(
        String itemCode,
        String standardCode,
        String checkText,
        BigDecimal score,
        BigDecimal maxScore,
        boolean passed,
        Severity severity) {}
