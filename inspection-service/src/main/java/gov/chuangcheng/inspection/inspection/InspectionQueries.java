package gov.chuangcheng.inspection.inspection;

import gov.chuangcheng.inspection.evidence.EvidenceFlag;
import gov.chuangcheng.inspection.evidence.EvidenceService;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.responsibility.Settlements;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads recorded inspections as the caller may see them, with the flags of their photos. */
@ApplicationScoped
public class InspectionQueries {

    private final EvidenceService evidence;
    private final Settlements settlements;

    public InspectionQueries(EvidenceService evidence, Settlements settlements) {
        this.evidence = evidence;
        this.settlements = settlements;
    }

    /**
     * An inspection the caller may see: all; those of its units' points and of the point × standards settled to its
     * units; or (inspectors) its own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InspectionView> find(UUID id, Visibility visibility) {
        return Inspection.<Inspection>findByIdOptional(id)
                .filter(i -> visible(i, visibility))
                .map(i -> view(i, Point.findById(i.pointId)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionView> list(
            Visibility visibility, String pointCode, String unit, Boolean passed, PageRequest paging) {
        StringBuilder where = new StringBuilder("from Inspection i where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        visibility.scope().filter().ifPresent(units -> {
            List<Settlements.PointStandard> settled = settlements.settledTo(units);
            if (settled.isEmpty()) {
                where.append(" and i.responsibleUnitCode in :units");
            } else {
                // a unit the office settled a point × standard to (确权) answers for its failures there, so it
                // sees the inspections that checked that standard at that point
                where.append(" and (i.responsibleUnitCode in :units or i.id in (")
                        .append("select s.id from Inspection s join s.items r where s.pointId in :settledPoints")
                        .append(" and concat(str(s.pointId), ':', r.standardCode) in :settled))");
                params.put(
                        "settledPoints",
                        settled.stream()
                                .map(Settlements.PointStandard::pointId)
                                .distinct()
                                .toList());
                params.put(
                        "settled",
                        settled.stream().map(Settlements.PointStandard::key).toList());
            }
            params.put("units", units);
        });
        if (visibility.inspector() != null) {
            where.append(" and i.inspector = :inspector");
            params.put("inspector", visibility.inspector());
        }
        if (pointCode != null) {
            where.append(" and i.pointCode = :point");
            params.put("point", pointCode);
        }
        if (unit != null) {
            where.append(" and i.responsibleUnitCode = :unit");
            params.put("unit", unit);
        }
        if (passed != null) {
            where.append(" and i.passed = :passed");
            params.put("passed", passed);
        }
        return Page.of(
                Inspection.<Inspection>find(where + " order by i.inspectedAt desc, i.id", params),
                paging,
                i -> view(i, Point.findById(i.pointId)));
    }

    /**
     * Who sees which inspections: {@code scope} limits the points' responsible units (and the units point ×
     * standards were settled to), {@code inspector} (when set) limits to one inspector's own.
     */
    public record Visibility(gov.chuangcheng.platform.security.UnitScope scope, String inspector) {}

    private boolean visible(Inspection i, Visibility visibility) {
        if (visibility.inspector() != null && !visibility.inspector().equals(i.inspector)) {
            return false;
        }
        if (visibility.scope().includes(i.responsibleUnitCode)) {
            return true;
        }
        Set<String> standards = new HashSet<>();
        i.items.forEach(r -> standards.add(r.standardCode));
        return settlements.settledToAny(i.pointId, standards, visibility.scope().units());
    }

    InspectionView view(Inspection i, Point point) {
        Map<String, List<EvidenceFlag>> flags = evidence.flags(
                i.items.stream()
                        .flatMap(r -> EvidenceIdList.read(r.evidenceIds).stream())
                        .toList(),
                point == null ? null : point.position());
        return new InspectionView(
                i.id.toString(),
                i.pointId.toString(),
                i.pointCode,
                point == null ? null : point.name,
                i.responsibleUnitCode,
                i.checklistVersion,
                i.inspector,
                i.inspectedAt,
                i.latitude,
                i.longitude,
                Math.round(i.distanceMeters),
                i.farFromPoint,
                i.remarks,
                i.totalScore,
                i.maxScore,
                i.passed,
                i.passed ? "合格" : "不合格",
                i.reinspectionOrderId,
                i.items.stream()
                        .map(r -> new InspectionView.ItemView(
                                r.itemCode,
                                r.standardCode,
                                r.checkText,
                                r.score,
                                r.maxScore,
                                r.passThreshold,
                                r.severity,
                                r.severity.displayName(),
                                r.passed,
                                r.remark,
                                EvidenceIdList.read(r.evidenceIds),
                                EvidenceIdList.read(r.evidenceIds).stream()
                                        .flatMap(id -> flags.getOrDefault(id, List.of()).stream())
                                        .toList()))
                        .toList());
    }
}
