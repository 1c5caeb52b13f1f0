package gov.chuangcheng.inspection.inspection;

import gov.chuangcheng.events.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** The result of one check item, with a copy of the item as it was when scored. */
@Embeddable
public class InspectionItemResult {
    @Column(name = "item_code")
    public String itemCode;

    @Column(name = "standard_code")
    public String standardCode;

    @Column(name = "check_text")
    public String checkText;

    public BigDecimal score;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    @Column(name = "pass_threshold")
    public BigDecimal passThreshold;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public boolean passed;
    public String remark;
    /** JSON array of evidence ids. */
    @Column(name = "evidence_ids")
    public String evidenceIds;
}
