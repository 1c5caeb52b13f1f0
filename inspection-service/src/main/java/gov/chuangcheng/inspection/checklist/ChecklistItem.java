package gov.chuangcheng.inspection.checklist;

import gov.chuangcheng.events.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One check item (检查项) of a checklist version. */
@Embeddable
public class ChecklistItem {
    @Column(name = "item_code")
    public String code;

    @Column(name = "standard_code")
    public String standardCode;

    @Column(name = "check_text")
    public String checkText;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    @Column(name = "pass_threshold")
    public BigDecimal passThreshold;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public ChecklistRules.ItemSpec spec() {
        return new ChecklistRules.ItemSpec(code, maxScore, passThreshold, severity);
    }
}
