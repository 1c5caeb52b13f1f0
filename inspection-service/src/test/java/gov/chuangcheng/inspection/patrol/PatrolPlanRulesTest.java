package gov.chuangcheng.inspection.patrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.platform.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatrolPlanRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Map<String, PatrolPlanRules.PointState> POINTS = Map.of(
            "P1",
            PatrolPlanRules.PointState.ACTIVE,
            "P2",
            PatrolPlanRules.PointState.ACTIVE,
            "OLD",
            PatrolPlanRules.PointState.INACTIVE);

    private static List<Problem.FieldError> check(LocalDate start, LocalDate end, List<String> codes) {
        return PatrolPlanRules.check(
                new PatrolPlanRequest("inspector1", start, end, codes, null),
                31,
                3,
                code -> POINTS.getOrDefault(code, PatrolPlanRules.PointState.UNKNOWN));
    }

    private static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aOneDayPlanOfActivePointsIsFine() {
        assertEquals(List.of(), check(DAY, null, List.of("P1", "P2")));
        assertEquals(List.of(), check(DAY, DAY.plusDays(30), List.of("P1")));
    }

    @Test
    void unknownInactiveAndRepeatedPointsAreNamedByTheirPlaceInTheList() {
        List<Problem.FieldError> errors = check(DAY, null, List.of("P1", "NOPE", "OLD"));
        assertEquals(List.of("pointCodes[1]", "pointCodes[2]"), fields(errors));
        assertEquals("point NOPE does not exist", errors.get(0).message());
        assertEquals("point OLD is no longer active", errors.get(1).message());
        assertEquals(List.of("pointCodes[2]"), fields(check(DAY, null, List.of("P1", "P2", " P1"))));
    }

    @Test
    void theEndMayNotPrecedeTheStartNorTheRangeExceedTheLimit() {
        assertEquals(List.of("endDate"), fields(check(DAY, DAY.minusDays(1), List.of("P1"))));
        List<Problem.FieldError> tooLong = check(DAY, DAY.plusDays(31), List.of("P1"));
        assertEquals(List.of("endDate"), fields(tooLong));
        assertEquals("a plan spans at most 31 days, this one 32", tooLong.get(0).message());
    }

    @Test
    void aPlanListsAtMostTheConfiguredNumberOfPoints() {
        assertEquals(List.of("pointCodes"), fields(check(DAY, null, List.of("P1", "P2", "P3", "P4"))));
    }

    @Test
    void daysCountBothEndsAndRangesOverlapOnASharedDay() {
        assertEquals(1, PatrolPlanRules.days(DAY, DAY));
        assertEquals(7, PatrolPlanRules.days(DAY, DAY.plusDays(6)));
        assertTrue(PatrolPlanRules.overlap(DAY, DAY.plusDays(2), DAY.plusDays(2), DAY.plusDays(5)));
        assertFalse(PatrolPlanRules.overlap(DAY, DAY.plusDays(2), DAY.plusDays(3), DAY.plusDays(5)));
    }
}
