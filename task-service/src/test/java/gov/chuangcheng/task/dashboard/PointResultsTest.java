package gov.chuangcheng.task.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointResultsTest {

    @Test
    void aStandardPassesAtAPointWhenEveryItemOfItPassed() {
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("S1", false);
        expected.put("S2", true);
        assertEquals(
                expected,
                PointResults.of(DashboardDataSet.inspection(
                        "P",
                        "U",
                        null,
                        DashboardDataSet.item("S1", true),
                        DashboardDataSet.item("S2", true),
                        DashboardDataSet.item("S1", false),
                        DashboardDataSet.item(null, false),
                        DashboardDataSet.item(" ", false))));
    }

    @Test
    void anInspectionWithoutItemsSaysNothing() {
        assertTrue(PointResults.of(DashboardDataSet.inspection("P", "U", null)).isEmpty());
    }
}
