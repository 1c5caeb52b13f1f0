package gov.chuangcheng.inspection.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.chuangcheng.inspection.responsibility.ResponsibilityRule.Unit;
import org.junit.jupiter.api.Test;

/** Settled unit > the point's own unit > the grid's unit, whatever else is known. */
class ResponsibilityRuleTest {

    private static final Unit SETTLED = new Unit("SCJGJ", "区市场监管局");
    private static final Unit POINT = new Unit("CGJ", "区城管局");
    private static final Unit GRID = new Unit("SQ0101", "城关一社区");

    @Test
    void aSettledUnitComesBeforeThePointsAndTheGrids() {
        assertEquals(SETTLED, ResponsibilityRule.responsible(SETTLED, POINT, GRID));
        assertEquals(SETTLED, ResponsibilityRule.responsible(SETTLED, POINT, null));
        assertEquals(SETTLED, ResponsibilityRule.responsible(SETTLED, null, GRID));
    }

    @Test
    void withoutASettlementThePointsOwnUnitAnswersBeforeTheGrids() {
        assertEquals(POINT, ResponsibilityRule.responsible(null, POINT, GRID));
        assertEquals(POINT, ResponsibilityRule.responsible(null, POINT, null));
    }

    @Test
    void aPlaceWithoutAUnitOfItsOwnGoesToItsGrid() {
        assertEquals(GRID, ResponsibilityRule.responsible(null, null, GRID));
    }

    @Test
    void aSettlementBackToThePointsOwnUnitIsStillTheSettlement() {
        assertEquals(POINT, ResponsibilityRule.responsible(POINT, new Unit("JD01", "城关街道"), GRID));
    }

    @Test
    void nobodyToAnswerIsRefusedRatherThanPublishedWithoutAUnit() {
        assertThrows(IllegalArgumentException.class, () -> ResponsibilityRule.responsible(null, null, null));
    }

    @Test
    void aUnitWithoutACodeIsAnAbsentRungAndAMissingNameShowsTheCode() {
        assertNull(Unit.ofNullable(null, "区城管局"));
        assertNull(Unit.ofNullable(" ", "区城管局"));
        assertEquals(new Unit("CGJ", "CGJ"), Unit.ofNullable("CGJ", null));
        assertEquals(POINT, ResponsibilityRule.responsible(Unit.ofNullable(null, null), POINT, GRID));
    }
}
