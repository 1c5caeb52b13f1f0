package gov.chuangcheng.task.evaluation;

import java.util.List;

/**
 * An evaluation system as read from a CSV or JSON file, before any rule is checked: every value is still the text
 * (or list of texts) the file holds, and every node knows where in the file it came from ({@link Locator}), so that
 * {@link CatalogueRules} can name the row and column (CSV) or the JSON path of each mistake.
 */
public record Draft(Locator at, List<Category> categories) {

    /** A place in the imported file: the problem+json {@code field} of each attribute of a node. */
    @FunctionalInterface
    public interface Locator {
        String of(Attribute attribute);
    }

    public enum Attribute {
        CODE,
        NAME,
        FULL_MARKS,
        WEIGHT,
        METHOD,
        POINT_TYPES,
        /** a survey standard's thresholds → marks ({@link SurveyScoring}) */
        SURVEY_SCORING,
        /** a standard's expected materials ({@link ExpectedMaterials}) */
        MATERIALS,
        /** the node's children, e.g. "has no standards"; for an indicator also where its weight sum is reported */
        CHILDREN
    }

    public record Category(Locator at, String code, String name, List<Indicator> indicators) {}

    public record Indicator(Locator at, String code, String name, List<Standard> standards) {}

    public record Standard(
            Locator at,
            String code,
            String name,
            String fullMarks,
            String weight,
            String method,
            List<String> pointTypes,
            List<String> surveyScoring,
            List<String> materials) {}
}
