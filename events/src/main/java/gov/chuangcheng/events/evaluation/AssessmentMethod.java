package gov.chuangcheng.events.evaluation;

/** How a standard of the evaluation system is assessed. */
public enum AssessmentMethod {
    FIELD_INSPECTION("实地考察"),
    DOCUMENT_REVIEW("材料审核"),
    SURVEY("问卷调查"),
    ONLINE_FILING("网上申报");

    private final String displayName;

    AssessmentMethod(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
