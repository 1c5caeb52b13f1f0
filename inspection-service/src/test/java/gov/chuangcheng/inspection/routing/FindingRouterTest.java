package gov.chuangcheng.inspection.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.inspection.grid.GridKind;
import gov.chuangcheng.inspection.point.LatLon;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FindingRouterTest {

    private static final LatLon AT = new LatLon(30.25, 120.17);
    /** One metre north, in degrees of latitude. */
    private static final double M = 1 / 111_195.0;

    private static final FindingRouter.Settings SETTINGS = new FindingRouter.Settings(50, 30);
    private static final FindingRouter.Finding FINDING =
            new FindingRouter.Finding(AT, "S1", List.of(PointType.FARMERS_MARKET, PointType.BACK_STREET));
    private static final FindingRouter.GridCandidate GRID =
            new FindingRouter.GridCandidate("WG-01", GridKind.GRID, 250_000);

    private static FindingRouter.Candidate registered(double metresNorth, PointType type) {
        return new FindingRouter.Candidate(
                UUID.randomUUID(), type, new LatLon(AT.lat() + metresNorth * M, AT.lon()), true, false, null, null);
    }

    private static FindingRouter.Candidate temporary(double metresNorth, String grid, String standard) {
        return new FindingRouter.Candidate(
                UUID.randomUUID(),
                PointType.FARMERS_MARKET,
                new LatLon(AT.lat() + metresNorth * M, AT.lon()),
                true,
                true,
                grid,
                standard);
    }

    private static FindingRouter.Decision decide(
            List<FindingRouter.Candidate> registered,
            List<FindingRouter.GridCandidate> grids,
            List<FindingRouter.Candidate> temporaries) {
        return FindingRouter.decide(FINDING, registered, grids, temporaries, SETTINGS);
    }

    @Test
    void theNearestRegisteredPointOfAMatchingTypeWithinTheRadiusWins() {
        FindingRouter.Candidate near = registered(40, PointType.BACK_STREET);
        FindingRouter.Candidate nearer = registered(20, PointType.FARMERS_MARKET);
        FindingRouter.Candidate wrongType = registered(5, PointType.SCHOOL);
        FindingRouter.Decision d =
                decide(List.of(near, nearer, wrongType), List.of(GRID), List.of(temporary(1, "WG-01", "S1")));
        assertEquals(
                nearer.id(),
                assertInstanceOf(FindingRouter.ToRegistered.class, d).pointId());
    }

    @Test
    void aRegisteredPointBeyondTheRadiusOrInactiveLeavesItToTheGrid() {
        FindingRouter.Candidate far = registered(51, PointType.FARMERS_MARKET);
        FindingRouter.Candidate inactive =
                new FindingRouter.Candidate(UUID.randomUUID(), PointType.FARMERS_MARKET, AT, false, false, null, null);
        FindingRouter.NewTemporary d = assertInstanceOf(
                FindingRouter.NewTemporary.class, decide(List.of(far, inactive), List.of(GRID), List.of()));
        assertEquals("WG-01", d.gridCode());
        assertEquals(PointType.FARMERS_MARKET, d.type(), "the first matching type");
    }

    @Test
    void aTemporaryPointOfTheSameStandardWithin30MetresIsReused() {
        FindingRouter.Candidate reused = temporary(10, "WG-01", "S1");
        FindingRouter.Decision d = decide(
                List.of(),
                List.of(GRID),
                List.of(
                        temporary(25, "WG-01", "S1"),
                        reused,
                        temporary(1, "WG-01", "S2"),
                        temporary(2, "WG-02", "S1")));
        FindingRouter.ToTemporary t = assertInstanceOf(FindingRouter.ToTemporary.class, d);
        assertEquals(reused.id(), t.pointId());
        assertEquals(10, t.distanceMeters(), 0.1);
    }

    @Test
    void beyond30MetresANewTemporaryPointIsMade() {
        FindingRouter.Decision d = decide(List.of(), List.of(GRID), List.of(temporary(31, "WG-01", "S1")));
        assertEquals(new FindingRouter.NewTemporary("WG-01", PointType.FARMERS_MARKET), d);
    }

    @Test
    void temporaryPointsAreNotRegisteredPoints() {
        // a temporary point 5 m away of another standard does not take the finding as a registered point would
        FindingRouter.Decision d = decide(List.of(temporary(5, "WG-01", "S2")), List.of(GRID), List.of());
        assertInstanceOf(FindingRouter.NewTemporary.class, d);
    }

    @Test
    void outsideEveryGridItWaitsForDispatch() {
        assertInstanceOf(
                FindingRouter.ToDispatch.class,
                decide(List.of(registered(60, PointType.FARMERS_MARKET)), List.of(), List.of()));
    }

    @Test
    void theMostSpecificGridWinsThenTheSmallest() {
        FindingRouter.GridCandidate street = new FindingRouter.GridCandidate("JD", GridKind.STREET, 1_000);
        FindingRouter.GridCandidate community = new FindingRouter.GridCandidate("SQ", GridKind.COMMUNITY, 900_000);
        FindingRouter.GridCandidate big = new FindingRouter.GridCandidate("WG-B", GridKind.GRID, 500_000);
        FindingRouter.GridCandidate small = new FindingRouter.GridCandidate("WG-S", GridKind.GRID, 100_000);
        assertEquals(
                "SQ",
                FindingRouter.mostSpecific(List.of(street, community))
                        .orElseThrow()
                        .code());
        assertEquals(
                "WG-S",
                FindingRouter.mostSpecific(List.of(street, big, community, small))
                        .orElseThrow()
                        .code());
        FindingRouter.Decision d = decide(List.of(), List.of(street, big, small), List.of(temporary(3, "WG-B", "S1")));
        assertEquals(new FindingRouter.NewTemporary("WG-S", PointType.FARMERS_MARKET), d);
    }
}
