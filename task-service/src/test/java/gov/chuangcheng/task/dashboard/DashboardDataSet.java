package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemResult;
import gov.chuangcheng.events.inspection.PointRef;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The rows of {@link DashboardTest}'s hand-checked data set, written straight into the database (tasks, and the
 * catalogue of the test's own evaluation system version), and the inspections it publishes. Each write joins the
 * caller's transaction.
 */
final class DashboardDataSet {

    private final EntityManager em;
    private final String version;

    DashboardDataSet(EntityManager em, String version) {
        this.em = em;
        this.version = version;
    }

    /** A task led by {@code lead} serving {@code standard}: completed or not, on time or not, found overdue or not. */
    void task(String lead, String status, Boolean onTime, boolean overdue, String standard) {
        String id = UUID.randomUUID().toString();
        boolean completed = "COMPLETED".equals(status);
        // not-yet-due tasks are due far ahead, so that no overdue sweep of another test touches them
        LocalDate due = completed || overdue
                ? LocalDate.now().minusDays(1)
                : LocalDate.now().plusYears(5);
        Instant now = Instant.now();
        em.createNativeQuery("""
                        insert into task (id, title, lead_unit_code, due_date, status, percent, assigned_by,
                                          completed_at, completed_on_time, overdue_notified_at, version, created_at,
                                          updated_at)
                        values (?1, '看板测试任务', ?2, ?3, ?4, ?5, 'office1', ?6, ?7, ?8, 0, ?9, ?9)""")
                .setParameter(1, id)
                .setParameter(2, lead)
                .setParameter(3, due)
                .setParameter(4, status)
                .setParameter(5, completed ? 100 : 0)
                .setParameter(6, completed ? now : null)
                .setParameter(7, onTime)
                .setParameter(8, overdue ? now : null)
                .setParameter(9, now)
                .executeUpdate();
        em.createNativeQuery("""
                        insert into task_standard (task_id, position, standard_code, standard_name, indicator_code)
                        values (?1, 0, ?2, '看板测试标准', null)""").setParameter(1, id).setParameter(2, standard).executeUpdate();
    }

    void indicator(String code, String name, int ordinal) {
        sql(
                "insert into eval_indicator (version, code, category_code, name, ordinal) "
                        + "values (?1, ?2, 'DBC', ?3, ?4) on conflict do nothing",
                version,
                code,
                name,
                ordinal);
    }

    void standard(String code, String indicator, String fullMarks, String weight, String method, int ordinal) {
        sql(
                "insert into eval_standard (version, code, indicator_code, name, full_marks, weight, method, point_types, "
                        + "ordinal) values (?1, ?2, ?3, '看板测试标准', ?4, ?8, ?5, ?6, ?7) on conflict do nothing",
                version,
                code,
                indicator,
                new BigDecimal(fullMarks),
                method,
                "FIELD_INSPECTION".equals(method) ? "FARMERS_MARKET" : "",
                ordinal,
                new BigDecimal(weight));
    }

    /** The materials a standard expects (应报材料), in order. */
    void expects(String standard, String... names) {
        for (int i = 0; i < names.length; i++) {
            sql(
                    "insert into eval_standard_material (version, standard_code, ordinal, name) values (?1, ?2, ?3, ?4) "
                            + "on conflict do nothing",
                    version,
                    standard,
                    i,
                    names[i]);
        }
    }

    /**
     * A file a unit filed for a standard as it stands after the office's review ({@code status} is what the reviews left:
     * the dashboard reads no more of them).
     */
    void material(String standard, String expected, String unit, String status) {
        sql(
                "insert into material (id, version, standard_code, expected_name, unit_code, sha256, file_type, "
                        + "size_bytes, status, uploaded_by, uploaded_at) values (?1, ?2, ?3, cast(?4 as varchar), ?5, ?6, 'PDF', 1000, ?7, "
                        + "'test', now())",
                java.util.UUID.randomUUID().toString(),
                version,
                standard,
                expected,
                unit,
                java.util.UUID.randomUUID().toString().replace("-", "")
                        + java.util.UUID.randomUUID().toString().replace("-", ""),
                status);
    }

    void sql(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    /** A patrol (re-inspection when {@code reinspectionOf} is set) of {@code point}, which {@code unit} answers for. */
    static InspectionCompleted inspection(String point, String unit, String reinspectionOf, ItemResult... items) {
        return inspection(point, unit, reinspectionOf, OffsetDateTime.now(), items);
    }

    static InspectionCompleted inspection(
            String point, String unit, String reinspectionOf, OffsetDateTime at, ItemResult... items) {
        return new InspectionCompleted(
                UUID.randomUUID().toString(),
                new PointRef(point, "DBP", "测试农贸市场", "FARMERS_MARKET", "测试路1号", unit, "看板测试" + unit),
                "inspector1",
                at,
                BigDecimal.TEN,
                BigDecimal.TEN,
                true,
                List.of(items),
                reinspectionOf,
                12,
                false);
    }

    static ItemResult item(String standard, boolean passed) {
        return new ItemResult(
                "IT-" + UUID.randomUUID().toString().substring(0, 4),
                standard,
                "检查项",
                BigDecimal.ONE,
                BigDecimal.ONE,
                passed,
                Severity.GENERAL);
    }
}
