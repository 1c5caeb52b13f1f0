package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.assessment.LedgerEntryRecorded;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemResult;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The dashboard's read models, kept from other services' events, each applied exactly once through the inbox:
 * <ul>
 *   <li>{@code cc.inspection.completed.v1} → items inspected and passed per standard and responsible unit. Re-inspections
 *       ({@code reinspectionOfOrderId} set) are <b>not</b> counted: they re-check a point already found failing, on
 *       purpose, so counting them would pull the pass rate towards the points with open orders; the pass rate is the
 *       patrols' sample, the nearest thing to the evaluators' random checks;</li>
 *   <li>{@code cc.rectification.closed.v1} → orders fixed (verified by re-inspection) and fixed on time per unit
 *       (按期整改率; the table's {@code closed} column counts fixed closures only): an order voided (不属实, 作废, an
 *       upheld appeal of old) or merged into another was never rectified and counts neither way. The unit counted is
 *       the closing event's {@code order.unitCode}: nothing is kept per unit while an order is open, so an order moved
 *       to another unit ({@code cc.rectification.reassigned.v1}, only ever of an open order) has nothing to move and
 *       counts, once, for the unit it was moved to when it closes; that type is not handled (skipped, so a replay
 *       cannot count anything twice either). Nor is {@code cc.rectification.appeal-decided.v1}: an upheld appeal
 *       naming its deduction reverses only that entry (a ledger entry, below) and the order goes on to its own
 *       closure; an upheld appeal of old (no deduction) voided the order, and its {@code closed} event (VOIDED or
 *       APPEAL_UPHELD) followed and counts neither way;</li>
 *   <li>{@code cc.assessment.entry-recorded.v1} → each unit's latest score (the entry with the latest
 *       {@code recordedAt}; an older entry arriving late changes nothing).</li>
 * </ul>
 */
@ApplicationScoped
public class DashboardProjections {

    static final String INSPECTIONS = "dashboard-inspections";
    static final String RECTIFICATIONS = "dashboard-rectifications";
    static final String ASSESSMENT = "dashboard-assessment";

    private final EntityManager em;
    private final InboundEvents inbound;
    private final EventHandlers inspectionHandlers;
    private final EventHandlers rectificationHandlers;
    private final EventHandlers assessmentHandlers;

    public DashboardProjections(EntityManager em, InboundEvents inbound) {
        this.em = em;
        this.inbound = inbound;
        this.inspectionHandlers = EventHandlers.builder()
                .on(EventCatalog.INSPECTION_COMPLETED, (envelope, inspection) -> inspected(inspection))
                .build();
        this.rectificationHandlers = EventHandlers.builder()
                .on(EventCatalog.RECTIFICATION_CLOSED, (envelope, closed) -> closed(closed))
                .build();
        this.assessmentHandlers = EventHandlers.builder()
                .on(EventCatalog.LEDGER_ENTRY_RECORDED, (envelope, entry) -> scored(entry))
                .build();
    }

    @Incoming("inspections")
    @Blocking
    public void onInspection(ConsumerRecord<String, String> record) {
        inbound.dispatch(INSPECTIONS, record, inspectionHandlers);
    }

    @Incoming("rectifications")
    @Blocking
    public void onRectification(ConsumerRecord<String, String> record) {
        inbound.dispatch(RECTIFICATIONS, record, rectificationHandlers);
    }

    @Incoming("assessment")
    @Blocking
    public void onAssessment(ConsumerRecord<String, String> record) {
        inbound.dispatch(ASSESSMENT, record, assessmentHandlers);
    }

    void inspected(InspectionCompleted inspection) {
        if (inspection.reinspectionOfOrderId() != null || inspection.items() == null) {
            return;
        }
        String unit = inspection.point() == null || inspection.point().responsibleUnitCode() == null
                ? ""
                : inspection.point().responsibleUnitCode();
        Map<String, int[]> byStandard = new LinkedHashMap<>();
        for (ItemResult item : inspection.items()) {
            if (item == null
                    || item.standardCode() == null
                    || item.standardCode().isBlank()) {
                continue;
            }
            int[] counts = byStandard.computeIfAbsent(item.standardCode(), k -> new int[2]);
            counts[0]++;
            if (item.passed()) {
                counts[1]++;
            }
        }
        byStandard.forEach((standard, counts) -> em.createNativeQuery("""
                        insert into dash_inspection_tally (standard_code, unit_code, inspected, passed, updated_at)
                        values (?1, ?2, ?3, ?4, now())
                        on conflict (standard_code, unit_code) do update
                        set inspected = dash_inspection_tally.inspected + excluded.inspected,
                            passed = dash_inspection_tally.passed + excluded.passed, updated_at = now()""")
                .setParameter(1, standard)
                .setParameter(2, unit)
                .setParameter(3, counts[0])
                .setParameter(4, counts[1])
                .executeUpdate());
    }

    void closed(RectificationClosed closed) {
        // a voided order (不属实, 作废, an upheld appeal of old) or a merged one was never fixed: it is no
        // rectification, on time or late, whatever its onTime says; its problem lives on in the order it merged into.
        // A reassigned order counts for the unit it has now, the one this closure names
        if (closed.order() == null || closed.order().unitCode() == null || !closed.fixed()) {
            return;
        }
        em.createNativeQuery("""
                        insert into dash_rectification_tally (unit_code, closed, on_time, updated_at)
                        values (?1, 1, ?2, now())
                        on conflict (unit_code) do update
                        set closed = dash_rectification_tally.closed + 1,
                            on_time = dash_rectification_tally.on_time + excluded.on_time, updated_at = now()""")
                .setParameter(1, closed.order().unitCode())
                .setParameter(2, closed.onTime() ? 1 : 0)
                .executeUpdate();
    }

    void scored(LedgerEntryRecorded entry) {
        if (entry.unitCode() == null || entry.newScore() == null || entry.recordedAt() == null) {
            return;
        }
        em.createNativeQuery("""
                        insert into dash_unit_score (unit_code, score, entry_id, recorded_at, updated_at)
                        values (?1, ?2, ?3, ?4, now())
                        on conflict (unit_code) do update
                        set score = excluded.score, entry_id = excluded.entry_id, recorded_at = excluded.recorded_at,
                            updated_at = now()
                        where excluded.recorded_at >= dash_unit_score.recorded_at""")
                .setParameter(1, entry.unitCode())
                .setParameter(2, entry.newScore())
                .setParameter(3, entry.entryId() == null ? "" : entry.entryId())
                .setParameter(4, entry.recordedAt().toInstant())
                .executeUpdate();
    }
}
