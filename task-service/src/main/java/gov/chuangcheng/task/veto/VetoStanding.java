package gov.chuangcheng.task.veto;

import java.util.Comparator;
import java.util.List;

/**
 * Whether the city stands disqualified (一票否决) and by what: any occurrence not withdrawn vetoes, whatever the score.
 * The dashboard shows this before the score, since no score counts while it is {@code vetoed}.
 *
 * @param occurrences the standing occurrences, latest first
 */
public record VetoStanding(boolean vetoed, List<VetoOccurrenceView> occurrences) {

    public static VetoStanding of(List<VetoOccurrenceView> recorded) {
        List<VetoOccurrenceView> standing = recorded.stream()
                .filter(VetoOccurrenceView::standing)
                .sorted(Comparator.comparing(VetoOccurrenceView::occurredAt).reversed())
                .toList();
        return new VetoStanding(!standing.isEmpty(), standing);
    }
}
