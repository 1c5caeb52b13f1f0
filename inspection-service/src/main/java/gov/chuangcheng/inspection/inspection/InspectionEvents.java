package gov.chuangcheng.inspection.inspection;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.ItemResult;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.inspection.checklist.ChecklistService;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.point.PointService;
import gov.chuangcheng.inspection.reinspection.ReinspectionTask;
import gov.chuangcheng.inspection.responsibility.ResponsibleUnits;
import gov.chuangcheng.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a recorded inspection publishes, keyed by point id, in the inspection's transaction: always
 * {@code cc.inspection.completed.v1}; for a re-inspection (复查) whether the standard under verification now passes;
 * and one {@code cc.inspection.item-failed.v1} per failed item of any other standard — a re-inspection's other items
 * count as an ordinary inspection, so a failure there opens or attaches to its own episode as a patrol's would.
 */
@ApplicationScoped
public class InspectionEvents {

    private final PointService points;
    private final ChecklistService checklists;
    private final ResponsibleUnits responsible;
    private final Outbox outbox;

    public InspectionEvents(
            PointService points, ChecklistService checklists, ResponsibleUnits responsible, Outbox outbox) {
        this.points = points;
        this.checklists = checklists;
        this.responsible = responsible;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Inspection inspection, Point point, ReinspectionTask task) {
        PointRef ref = points.ref(point);
        OffsetDateTime at = OffsetDateTime.ofInstant(inspection.inspectedAt, ZoneOffset.UTC);
        String key = point.id.toString();
        List<ItemResult> results = inspection.items.stream()
                .map(r -> new ItemResult(
                        r.itemCode, r.standardCode, r.checkText, r.score, r.maxScore, r.passed, r.severity))
                .toList();
        outbox.publish(
                EventCatalog.INSPECTION_COMPLETED,
                key,
                new InspectionCompleted(
                        inspection.id.toString(),
                        ref,
                        inspection.inspector,
                        at,
                        inspection.totalScore,
                        inspection.maxScore,
                        inspection.passed,
                        results,
                        inspection.reinspectionOrderId,
                        Math.round(inspection.distanceMeters),
                        inspection.farFromPoint));
        if (task != null) {
            verification(inspection, ref, task, key, at);
        }
        for (InspectionItemResult r : inspection.items) {
            if (!r.passed && (task == null || !r.standardCode.equals(task.standardCode))) {
                // the order opens for the unit that answers for this item's standard here, which a settlement
                // (确权) may have moved off the point's own unit; the completed event above keeps the point's
                outbox.publish(
                        EventCatalog.ITEM_FAILED,
                        key,
                        new ItemFailed(
                                inspection.id.toString(),
                                responsible.refFor(point, r.standardCode),
                                r.itemCode,
                                r.standardCode,
                                checklists.standardName(r.standardCode),
                                r.checkText,
                                r.severity,
                                r.score,
                                r.maxScore,
                                r.remark,
                                EvidenceIdList.read(r.evidenceIds),
                                inspection.inspector,
                                at));
            }
        }
    }

    /** Whether the standard under verification passes now: every one of its items must. */
    private void verification(
            Inspection inspection, PointRef ref, ReinspectionTask task, String key, OffsetDateTime at) {
        List<InspectionItemResult> checked = inspection.items.stream()
                .filter(r -> r.standardCode.equals(task.standardCode))
                .toList();
        List<InspectionItemResult> failed =
                checked.stream().filter(r -> !r.passed).toList();
        if (failed.isEmpty()) {
            outbox.publish(
                    EventCatalog.REINSPECTION_PASSED,
                    key,
                    new ReinspectionPassed(
                            task.orderId, inspection.id.toString(), ref, task.standardCode, inspection.inspector, at));
            return;
        }
        BigDecimal score = checked.stream().map(r -> r.score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = checked.stream().map(r -> r.maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        String remark = failed.stream()
                .map(r -> r.remark)
                .filter(x -> x != null && !x.isBlank())
                .reduce((a, b) -> a + "；" + b)
                .orElse(null);
        List<String> evidence = failed.stream()
                .flatMap(r -> EvidenceIdList.read(r.evidenceIds).stream())
                .toList();
        outbox.publish(
                EventCatalog.REINSPECTION_FAILED,
                key,
                new ReinspectionFailed(
                        task.orderId,
                        inspection.id.toString(),
                        ref,
                        task.standardCode,
                        score,
                        max,
                        remark,
                        evidence,
                        inspection.inspector,
                        at));
    }
}
