package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.assessment.RankingPublished;
import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.assessment.UnitStanding;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.Session;

/**
 * The dashboard's read models, kept from other services' events, each applied exactly once through the inbox:
 * <ul>
 *   <li>{@code cc.inspection.completed.v1} → each point's latest result per standard ({@code dash_point_result}), what
 *       the evaluators would find there. A patrol samples the point; a re-inspection ({@code reinspectionOfOrderId}
 *       set) re-checks a point already sampled, on purpose: it updates that point's result (a verified fix is the
 *       point's state now) but adds no point, so points with open orders do not weigh more;</li>
 *   <li>{@code cc.assessment.ranking-published.v1} → the latest published ranking of units, kept as published
 *       (accountability-service owns the score, the rank and every rectification figure; the dashboard shows them and
 *       computes none). A publication replaces the stored one only when its {@code asOf} is later: an older one
 *       arriving late, or the same one again under another event id, changes nothing. Other types of
 *       {@code cc.assessment.v1} (the ledger entries) are skipped.</li>
 * </ul>
 */
@ApplicationScoped
public class DashboardProjections {

    static final String INSPECTIONS = "dashboard-inspections";
    static final String ASSESSMENT = "dashboard-assessment";

    private final EntityManager em;
    private final InboundEvents inbound;
    private final EventHandlers inspectionHandlers;
    private final EventHandlers assessmentHandlers;

    public DashboardProjections(EntityManager em, InboundEvents inbound) {
        this.em = em;
        this.inbound = inbound;
        this.inspectionHandlers = EventHandlers.builder()
                .on(EventCatalog.INSPECTION_COMPLETED, (envelope, inspection) -> inspected(inspection))
                .build();
        this.assessmentHandlers = EventHandlers.builder()
                .on(EventCatalog.RANKING_PUBLISHED, (envelope, ranking) -> published(ranking))
                .build();
    }

    @Incoming("inspections")
    @Blocking
    public void onInspection(ConsumerRecord<String, String> record) {
        inbound.dispatch(INSPECTIONS, record, inspectionHandlers);
    }

    @Incoming("assessment")
    @Blocking
    public void onAssessment(ConsumerRecord<String, String> record) {
        inbound.dispatch(ASSESSMENT, record, assessmentHandlers);
    }

    /**
     * Each standard's latest result at the point. A patrol (巡查) samples the point: it records or replaces the result.
     * A re-inspection (复查) verifies a fix of a point already sampled: it replaces the result of a standard the point
     * has, and adds no sample of its own. A result older than the one kept changes nothing (a late redelivery).
     */
    void inspected(InspectionCompleted inspection) {
        if (inspection.point() == null || inspection.point().id() == null || inspection.inspectedAt() == null) {
            return;
        }
        String unit = inspection.point().responsibleUnitCode() == null
                ? ""
                : inspection.point().responsibleUnitCode();
        boolean sample = inspection.reinspectionOfOrderId() == null;
        PointResults.of(inspection)
                .forEach((standard, passed) -> em.createNativeQuery(sample ? """
                        insert into dash_point_result (point_id, standard_code, unit_code, passed, inspected_at,
                                                       inspection_id)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (point_id, standard_code) do update
                        set unit_code = excluded.unit_code, passed = excluded.passed,
                            inspected_at = excluded.inspected_at, inspection_id = excluded.inspection_id
                        where excluded.inspected_at >= dash_point_result.inspected_at""" : """
                        update dash_point_result
                        set unit_code = ?3, passed = ?4, inspected_at = ?5, inspection_id = ?6
                        where point_id = ?1 and standard_code = ?2 and inspected_at <= ?5""")
                        .setParameter(1, inspection.point().id())
                        .setParameter(2, standard)
                        .setParameter(3, unit)
                        .setParameter(4, passed)
                        .setParameter(5, inspection.inspectedAt().toInstant())
                        .setParameter(6, inspection.inspectionId() == null ? "" : inspection.inspectionId())
                        .executeUpdate());
    }

    void published(RankingPublished ranking) {
        List<UnitStanding> units = PublishedRanking.standings(ranking);
        // one statement decides and claims: the upsert locks the one row, so two publications applied at once (a
        // rebalance) are ordered, and the later asOf wins whichever commits first
        int newer = em.createNativeQuery("""
                        insert into dash_ranking_publication (id, ranking_id, as_of, minimum_sample, updated_at)
                        values (1, ?1, ?2, ?3, now())
                        on conflict (id) do update
                        set ranking_id = excluded.ranking_id, as_of = excluded.as_of,
                            minimum_sample = excluded.minimum_sample, updated_at = now()
                        where excluded.as_of > dash_ranking_publication.as_of""")
                .setParameter(1, ranking.rankingId())
                .setParameter(2, ranking.asOf().toInstant())
                .setParameter(3, ranking.minimumSample())
                .executeUpdate();
        if (newer == 0) {
            return;
        }
        em.createNativeQuery("delete from dash_ranking_unit").executeUpdate();
        // every unit in one JDBC batch (one multi-row insert with reWriteBatchedInserts): ~2,000 units a minute
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_UNIT)) {
                for (int i = 0; i < units.size(); i++) {
                    bind(insert, i, units.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static final String INSERT_UNIT = """
            insert into dash_ranking_unit (position, unit_code, unit_name, rank, score, entries,
                                           on_time_numerator, on_time_denominator, on_time_value,
                                           rework_numerator, rework_denominator, rework_value,
                                           fixed_orders, mean_working_hours_to_fix,
                                           disputes_numerator, disputes_denominator, disputes_value)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static void bind(PreparedStatement insert, int position, UnitStanding unit) throws SQLException {
        insert.setInt(1, position);
        insert.setString(2, unit.unitCode());
        insert.setString(3, unit.unitName());
        insert.setInt(4, unit.rank());
        insert.setBigDecimal(5, unit.score());
        insert.setInt(6, unit.entries());
        bind(insert, 7, unit.onTime());
        bind(insert, 10, unit.rework());
        insert.setLong(13, unit.fixedOrders());
        insert.setObject(14, unit.meanWorkingHoursToFix(), Types.NUMERIC);
        bind(insert, 15, unit.disputes());
    }

    private static void bind(PreparedStatement insert, int first, Rate rate) throws SQLException {
        insert.setLong(first, rate.numerator());
        insert.setLong(first + 1, rate.denominator());
        insert.setObject(first + 2, rate.value(), Types.NUMERIC);
    }
}
