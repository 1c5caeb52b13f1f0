package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The materials (应报材料) a standard expects units to file, e.g. 工作方案、工作台账、照片: only a standard assessed on
 * materials — document review (材料审核) or online filing (网上申报) — lists them; each name has
 * 1–{@value #NAME_MAX} characters and appears once; a standard lists at most {@value #MAX} of them. A standard
 * without a list takes any material.
 */
public final class ExpectedMaterials {

    public static final int NAME_MAX = 100;
    public static final int MAX = 20;

    private ExpectedMaterials() {}

    /** Whether standards of this method are assessed on the materials units file. */
    public static boolean assessedOnMaterials(AssessmentMethod method) {
        return method == AssessmentMethod.DOCUMENT_REVIEW || method == AssessmentMethod.ONLINE_FILING;
    }

    /**
     * The names as kept (trimmed, in the file's order), adding each mistake at {@code field}; {@code method} is null
     * when the standard's own method is wrong (then only the names are checked).
     */
    static List<String> check(List<String> names, AssessmentMethod method, String field, ImportErrors errors) {
        List<String> kept = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            return kept;
        }
        if (method != null && !assessedOnMaterials(method)) {
            errors.add(
                    field,
                    "only document-review (材料审核) and online-filing (网上申报) standards list expected materials; "
                            + "this one is " + method.name() + " (" + method.displayName() + ")");
        }
        if (names.size() > MAX) {
            errors.add(field, "lists " + names.size() + " materials; at most " + MAX);
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            String n = name == null ? "" : name.trim();
            if (n.isEmpty()) {
                errors.add(field, "a material's name is required");
            } else if (n.length() > NAME_MAX) {
                errors.add(field, "material '" + n.substring(0, 20) + "…' is longer than " + NAME_MAX + " characters");
            } else if (!seen.add(n)) {
                errors.add(field, "material '" + n + "' is listed twice");
            } else {
                kept.add(n);
            }
        }
        return kept;
    }
}
