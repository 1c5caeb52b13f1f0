package gov.chuangcheng.platform.input;

/**
 * The form of an evidence id: inspection-service answers every upload ({@code POST /evidence}) with a UUID, and
 * inspections, submissions and appeals reference photos by it. A value of another form names no upload.
 */
public final class EvidenceIds {

    public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String MESSAGE = "must be the id of an uploaded photo (the UUID that POST /evidence answers)";

    private EvidenceIds() {}
}
