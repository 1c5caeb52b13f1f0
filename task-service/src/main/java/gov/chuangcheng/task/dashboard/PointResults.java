package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one inspection says of its point, standard by standard: a standard passes at the point when every item of it
 * passed. The evaluators score a point's state, not the share of items, so one failed item of a standard fails it.
 */
final class PointResults {

    private PointResults() {}

    /** Each standard the inspection checked, and whether it passed; empty for an inspection without items. */
    static Map<String, Boolean> of(InspectionCompleted inspection) {
        Map<String, Boolean> passed = new LinkedHashMap<>();
        if (inspection.items() == null) {
            return passed;
        }
        for (ItemResult item : inspection.items()) {
            if (item == null
                    || item.standardCode() == null
                    || item.standardCode().isBlank()) {
                continue;
            }
            passed.merge(item.standardCode(), item.passed(), Boolean::logicalAnd);
        }
        return passed;
    }
}
