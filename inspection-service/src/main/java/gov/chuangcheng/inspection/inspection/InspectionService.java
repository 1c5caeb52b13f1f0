package gov.chuangcheng.inspection.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.inspection.checklist.Checklist;
import gov.chuangcheng.inspection.checklist.ChecklistItem;
import gov.chuangcheng.inspection.checklist.ChecklistRules;
import gov.chuangcheng.inspection.checklist.ChecklistService;
import gov.chuangcheng.inspection.evidence.EvidenceService;
import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.point.PointService;
import gov.chuangcheng.inspection.reinspection.ReinspectionTask;
import gov.chuangcheng.inspection.reinspection.ReinspectionTasks;
import gov.chuangcheng.platform.input.IdempotencyKeys;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records inspections. A submission is checked completely against the point's checklist before anything is stored;
 * the inspection, its item results and its events ({@link InspectionEvents}) commit together through the outbox.
 */
@ApplicationScoped
public class InspectionService {

    /** How far in the future (clock skew of phones) an inspection time may lie. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

    private final PointService points;
    private final ChecklistService checklists;
    private final EvidenceService evidence;
    private final InspectionQueries queries;
    private final InspectionEvents events;
    private final ReinspectionTasks reinspections;
    private final ObjectMapper json;
    private final Clock clock;
    /**
     * An inspection submitted farther than this from its point is flagged ({@code far_from_point};
     * {@code cc.inspection.max-distance-meters}).
     */
    private final double maxDistanceMeters;

    public InspectionService(
            PointService points,
            ChecklistService checklists,
            EvidenceService evidence,
            InspectionQueries queries,
            InspectionEvents events,
            ReinspectionTasks reinspections,
            ObjectMapper json,
            Clock clock,
            @ConfigProperty(name = "cc.inspection.max-distance-meters", defaultValue = "200")
                    double maxDistanceMeters) {
        this.points = points;
        this.checklists = checklists;
        this.evidence = evidence;
        this.queries = queries;
        this.events = events;
        this.reinspections = reinspections;
        this.json = json;
        this.clock = clock;
        this.maxDistanceMeters = maxDistanceMeters;
    }

    /** A submission's outcome; {@code replayed} when an earlier submission with the same key was returned. */
    public record Submitted(InspectionView inspection, boolean replayed) {}

    /**
     * Records an inspection. With an idempotency key, a repeated submission of the same request returns the
     * inspection recorded the first time (nothing new is stored or published); the same key with a different
     * request is refused (422).
     */
    @Transactional
    public Submitted submit(InspectionRequest request, String idempotencyKey, String inspector) {
        String hash = hash(request);
        if (idempotencyKey != null) {
            Optional<Submitted> earlier = replay(inspector, idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Point point = points.findByCode(request.pointCode())
                .orElseThrow(() ->
                        ProblemException.invalid("pointCode", "point " + request.pointCode() + " does not exist"));
        if (!point.active) {
            throw ProblemException.invalid("pointCode", "point " + point.code + " is no longer active");
        }
        Checklist checklist = (request.checklistVersion() == null
                        ? checklists.current(point.type)
                        : checklists.version(point.type, request.checklistVersion()))
                .orElseThrow(() -> ProblemException.invalid(
                        request.checklistVersion() == null ? "pointCode" : "checklistVersion",
                        "there is no checklist"
                                + (request.checklistVersion() == null ? "" : " version " + request.checklistVersion())
                                + " for point type " + point.type.name()
                                + " (" + point.type.displayName() + ")"));
        ReinspectionTask task = request.reinspectionOrderId() == null
                ? null
                : openTask(request.reinspectionOrderId(), point, checklist, inspector);
        Instant inspectedAt = request.inspectedAt().toInstant();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (inspectedAt.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            errors.add(new Problem.FieldError("inspectedAt", "lies in the future"));
        }
        List<ChecklistRules.Scored> scored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            InspectionRequest.ItemScore s = request.items().get(i);
            Optional<ChecklistItem> item = checklist.item(s.itemCode());
            if (item.isEmpty()) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].itemCode",
                        "item " + s.itemCode() + " is not on checklist " + point.type.name() + " version "
                                + checklist.version));
                continue;
            }
            if (!seen.add(s.itemCode())) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].itemCode", "item " + s.itemCode() + " is scored twice"));
                continue;
            }
            if (s.score().compareTo(item.get().maxScore) > 0) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].score",
                        "must be at most the item's maxScore "
                                + item.get().maxScore.toPlainString()));
                continue;
            }
            scored.add(new ChecklistRules.Scored(item.get().spec(), scaled(s.score())));
        }
        // a patrol scores the whole checklist; a re-inspection the items of the standard it verifies, and any
        // other item it scores counts as an ordinary inspection of that item
        checklist.items.stream()
                .filter(item -> task == null || item.standardCode.equals(task.standardCode))
                .filter(item -> request.items().stream().noneMatch(s -> item.code.equals(s.itemCode())))
                .forEach(item -> errors.add(new Problem.FieldError(
                        "items",
                        "item " + item.code + " (" + item.checkText + ") is not scored; "
                                + (task == null
                                        ? "every item of the checklist must be"
                                        : "a re-inspection scores every item of the standard under verification ("
                                                + task.standardCode + ")"))));
        errors.addAll(unknownEvidence(request.items()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ChecklistRules.Outcome outcome = ChecklistRules.evaluate(scored, checklist.passThreshold);

        LatLon position = LatLon.toWgs84(
                request.latitude(), request.longitude(), request.crs() == null ? Crs.WGS84 : request.crs());
        double distance = Geo.distanceMeters(point.position(), position);

        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.pointId = point.id;
        inspection.pointCode = point.code;
        inspection.responsibleUnitCode = point.responsibleUnitCode;
        inspection.checklistId = checklist.id;
        inspection.checklistVersion = checklist.version;
        inspection.inspector = inspector;
        inspection.inspectedAt = inspectedAt;
        inspection.latitude = position.lat();
        inspection.longitude = position.lon();
        inspection.distanceMeters = distance;
        inspection.farFromPoint = distance > maxDistanceMeters;
        inspection.remarks = request.remarks();
        inspection.totalScore = outcome.totalScore();
        inspection.maxScore = outcome.maxScore();
        inspection.passed = outcome.passed();
        inspection.idempotencyKey = idempotencyKey;
        inspection.requestHash = hash;
        inspection.createdAt = clock.instant();
        Map<String, InspectionRequest.ItemScore> byCode = new HashMap<>();
        request.items().forEach(s -> byCode.put(s.itemCode(), s));
        // results in checklist order
        for (ChecklistItem item : checklist.items) {
            InspectionRequest.ItemScore s = byCode.get(item.code);
            if (s == null) {
                continue; // not scored by a re-inspection: not inspected
            }
            ChecklistRules.ItemOutcome o = outcome.items().stream()
                    .filter(x -> x.item().code().equals(item.code))
                    .findFirst()
                    .orElseThrow();
            InspectionItemResult r = new InspectionItemResult();
            r.itemCode = item.code;
            r.standardCode = item.standardCode;
            r.checkText = item.checkText;
            r.score = scaled(s.score());
            r.maxScore = item.maxScore;
            r.passThreshold = item.passThreshold;
            r.severity = item.severity;
            r.passed = o.passed();
            r.remark = s.remark();
            r.evidenceIds = EvidenceIdList.write(s.evidenceIds());
            inspection.items.add(r);
        }
        inspection.reinspectionOrderId = task == null ? null : task.orderId;
        inspection.persist();
        events.publish(inspection, point, task);
        if (task != null) {
            reinspections.done(task, inspection.id, inspector);
        }
        return new Submitted(queries.view(inspection, point), false);
    }

    /** The inspection recorded earlier under this key, or 422 when the key was used for a different request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Submitted> replay(String inspector, String idempotencyKey, String requestHash) {
        Optional<Inspection> earlier = Inspection.find(
                        "inspector = ?1 and idempotencyKey = ?2", inspector, idempotencyKey)
                .firstResultOptional();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().requestHash.equals(requestHash)) {
            throw IdempotencyKeys.reused(idempotencyKey, "submission");
        }
        return Optional.of(new Submitted(queries.view(earlier.get(), Point.findById(earlier.get().pointId)), true));
    }

    /** SHA-256 over the request as canonical JSON (field order fixed by the record, whitespace irrelevant). */
    public String hash(InspectionRequest request) {
        return IdempotencyKeys.hash(json, request);
    }

    /** Every evidence id must name an uploaded photo (POST /evidence): a typo would otherwise prove nothing. */
    private List<Problem.FieldError> unknownEvidence(List<InspectionRequest.ItemScore> items) {
        Map<String, String> fieldOf = new java.util.LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> ids = items.get(i).evidenceIds() == null
                    ? List.of()
                    : items.get(i).evidenceIds();
            for (int j = 0; j < ids.size(); j++) {
                fieldOf.putIfAbsent(ids.get(j), "items[" + i + "].evidenceIds[" + j + "]");
            }
        }
        if (fieldOf.isEmpty()) {
            return List.of();
        }
        return evidence.unknown(fieldOf.keySet()).stream()
                .map(id -> new Problem.FieldError(
                        fieldOf.get(id), "evidence " + id + " has not been uploaded (POST /evidence)"))
                .toList();
    }

    /** The open re-inspection of an order about this point whose standard the checklist checks. */
    private ReinspectionTask openTask(String orderId, Point point, Checklist checklist, String inspector) {
        // locked, so that two inspectors submitting the same re-inspection at once cannot both close it
        ReinspectionTask task = ReinspectionTask.findById(orderId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw ProblemException.invalid("reinspectionOrderId", "no re-inspection is requested for order " + orderId);
        }
        if (!task.pointId.equals(point.id)) {
            throw ProblemException.invalid(
                    "reinspectionOrderId",
                    "order " + orderId + " is about point " + task.pointCode + ", not " + point.code);
        }
        if (task.status != ReinspectionTask.Status.OPEN) {
            throw ProblemException.conflict(
                    "order " + orderId + " has been re-inspected already (inspection " + task.inspectionId + ")");
        }
        reinspections.checkSubmittable(task, inspector);
        if (checklist.items.stream().noneMatch(i -> i.standardCode.equals(task.standardCode))) {
            throw ProblemException.invalid(
                    "reinspectionOrderId",
                    "checklist " + checklist.pointType.name() + " version " + checklist.version
                            + " has no item for the order's standard " + task.standardCode);
        }
        return task;
    }

    /** Scores are stored with two decimals (numeric(9,2)); answering with the same scale keeps replays identical. */
    static BigDecimal scaled(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
