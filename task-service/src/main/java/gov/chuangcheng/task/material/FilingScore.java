package gov.chuangcheng.task.material;

import gov.chuangcheng.events.assessment.Rate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a standard assessed on materials (材料审核, 网上申报) scores from the office's reviews, free of I/O:
 *
 * <pre>
 *   with expected materials: expected materials with an accepted file ÷ expected materials
 *   without:                 1 ÷ 1 when any file is accepted, else 0 ÷ 1
 *   no data (0 ÷ 0):         while the office has reviewed none of the standard's files
 * </pre>
 *
 * Files waiting for review are not data: a standard nobody has reviewed yet is unknown, not failed, just as a field
 * standard nobody has inspected. A file filed as an expected material the standard no longer lists (a newer version
 * changed the list) counts for nothing.
 */
public final class FilingScore {

    /** A file of the standard: the expected material it was filed as (null without a list) and where it stands. */
    public record Filed(String expected, MaterialStatus status) {}

    private FilingScore() {}

    public static Rate of(List<String> expected, Collection<Filed> files) {
        List<Filed> relevant = files.stream()
                .filter(f -> expected.isEmpty() || f.expected() != null && expected.contains(f.expected()))
                .toList();
        if (relevant.stream().noneMatch(f -> f.status() != MaterialStatus.SUBMITTED)) {
            return Rate.of(0, 0, 1);
        }
        Set<String> accepted = new HashSet<>();
        boolean anyAccepted = false;
        for (Filed f : relevant) {
            if (f.status() == MaterialStatus.ACCEPTED) {
                anyAccepted = true;
                if (f.expected() != null) {
                    accepted.add(f.expected());
                }
            }
        }
        if (expected.isEmpty()) {
            return Rate.of(anyAccepted ? 1 : 0, 1, 1);
        }
        return Rate.of(accepted.size(), expected.size(), 1);
    }
}
