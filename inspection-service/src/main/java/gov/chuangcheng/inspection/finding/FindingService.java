package gov.chuangcheng.inspection.finding;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.inspection.checklist.ChecklistItem;
import gov.chuangcheng.inspection.checklist.ChecklistService;
import gov.chuangcheng.inspection.evidence.EvidenceService;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.responsibility.ResponsibleUnits;
import gov.chuangcheng.inspection.routing.Routing;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.input.IdempotencyKeys;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Problems found anywhere: routes them ({@link Routing}), publishes {@code cc.problem.reported.v1} for the unit that
 * answers at the chosen point, or keeps them for the office's dispatch when they lie outside every grid.
 */
@ApplicationScoped
public class FindingService {

    /** The channel of inspectors' findings in {@code cc.problem.reported.v1}. */
    public static final String INSPECTION_CHANNEL = "inspection";

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

    private final ChecklistService checklists;
    private final EvidenceService evidence;
    private final Routing routing;
    private final ResponsibleUnits responsible;
    private final UnitDirectory directory;
    private final Outbox outbox;
    private final Event<FindingDispatched> dispatched;
    private final ObjectMapper json;
    private final Clock clock;

    public FindingService(
            ChecklistService checklists,
            EvidenceService evidence,
            Routing routing,
            ResponsibleUnits responsible,
            UnitDirectory directory,
            Outbox outbox,
            Event<FindingDispatched> dispatched,
            ObjectMapper json,
            Clock clock) {
        this.checklists = checklists;
        this.evidence = evidence;
        this.routing = routing;
        this.responsible = responsible;
        this.directory = directory;
        this.outbox = outbox;
        this.dispatched = dispatched;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of a submission; {@code replayed} when an earlier one with the same key was answered. */
    public record Submitted(FindingView finding, boolean replayed) {}

    @Transactional
    public Submitted submit(FindingRequest request, String idempotencyKey, String inspector) {
        String hash = hash(request);
        if (idempotencyKey != null) {
            Optional<Submitted> earlier = replay(inspector, idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Map<PointType, ChecklistItem> items = checklists.currentItems(request.itemCode());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (items.isEmpty()) {
            errors.add(new Problem.FieldError(
                    "itemCode", "item " + request.itemCode() + " is in no current checklist (see /checklists)"));
        }
        Instant now = clock.instant();
        Instant foundAt = request.foundAt() == null ? now : request.foundAt().toInstant();
        if (foundAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new Problem.FieldError("foundAt", "lies in the future"));
        }
        List<String> ids = request.evidenceIds() == null ? List.of() : request.evidenceIds();
        evidence.unknown(ids)
                .forEach(id -> errors.add(new Problem.FieldError(
                        "evidenceIds[" + ids.indexOf(id) + "]",
                        "evidence " + id + " has not been uploaded (POST /evidence)")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        LatLon at = LatLon.toWgs84(request.latitude(), request.longitude(), request.crs());
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.channel = INSPECTION_CHANNEL;
        f.requestId = f.id;
        f.inspector = inspector;
        f.idempotencyKey = idempotencyKey;
        f.requestHash = hash;
        f.description = request.description();
        f.evidenceIds = String.join(",", ids);
        f.foundAt = foundAt;
        return new Submitted(route(f, at, items, null, null, now), false);
    }

    /**
     * Keeps a problem that came in elsewhere (an Open311 request, {@code requestId} its id) and that routing found
     * outside every grid for the office's dispatch; the request's own record is its owner's business. On dispatch
     * it is published as the channel's, with the position and media as reported.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(
            UUID requestId,
            String channel,
            LatLon at,
            Map<PointType, ChecklistItem> items,
            Double reportedLat,
            Double reportedLon,
            String description,
            List<String> mediaUrls,
            Instant reportedAt) {
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.channel = channel;
        f.requestId = requestId;
        f.description = description;
        f.evidenceIds = String.join(",", mediaUrls);
        f.foundAt = reportedAt;
        describe(f, at, items, reportedLat, reportedLon, reportedAt);
        f.status = Finding.Status.PENDING_DISPATCH;
        f.persist();
    }

    private static void describe(
            Finding f,
            LatLon at,
            Map<PointType, ChecklistItem> items,
            Double reportedLat,
            Double reportedLon,
            Instant now) {
        List<PointType> types = List.copyOf(items.keySet());
        ChecklistItem first = items.get(types.get(0));
        f.itemCode = first.code;
        f.standardCode = first.standardCode;
        f.pointTypes = types.stream().map(Enum::name).collect(Collectors.joining(","));
        f.latitude = at.lat();
        f.longitude = at.lon();
        f.reportedLat = reportedLat;
        f.reportedLon = reportedLon;
        f.createdAt = now;
    }

    private FindingView route(
            Finding f,
            LatLon at,
            Map<PointType, ChecklistItem> items,
            Double reportedLat,
            Double reportedLon,
            Instant now) {
        describe(f, at, items, reportedLat, reportedLon, now);
        Routing.Routed routed = routing.route(at, f.standardCode, f.types());
        if (routed.pending()) {
            f.status = Finding.Status.PENDING_DISPATCH;
            f.persist();
            return view(f, null, null);
        }
        Point point = routed.point();
        ChecklistItem item = items.get(point.type);
        f.standardCode = item.standardCode;
        PointRef ref = publish(f, point, item);
        f.routed(point.id, ref.responsibleUnitCode());
        f.persist();
        return view(f, point, ref);
    }

    /** The findings waiting for the office's dispatch, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FindingView> pending(PageRequest paging) {
        return Page.of(
                Finding.<Finding>find("status = ?1 order by createdAt, id", Finding.Status.PENDING_DISPATCH),
                paging,
                f -> view(f, null, null));
    }

    /** The office sends a finding outside every grid to a unit: a temporary point of that unit, then as usual. */
    @Transactional
    public FindingView dispatch(UUID id, DispatchRequest request, String by) {
        Finding f = Finding.<Finding>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("finding", id));
        if (f.status != Finding.Status.PENDING_DISPATCH) {
            throw ProblemException.conflict(
                    "finding " + id + " is " + f.status.displayName() + ", not waiting for dispatch");
        }
        if (directory.find(request.unitCode()).isEmpty()) {
            throw ProblemException.invalid(
                    "unitCode", "unit " + request.unitCode() + " does not exist in the unit directory");
        }
        Map<PointType, ChecklistItem> items = checklists.currentItems(f.itemCode);
        PointType type = f.types().stream()
                .filter(items::containsKey)
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("item " + f.itemCode + " is no longer in a checklist"));
        ChecklistItem item = items.get(type);
        Point point = routing.dispatched(f.position(), item.standardCode, type, request.unitCode());
        f.standardCode = item.standardCode;
        PointRef ref = publish(f, point, item);
        f.dispatch(point.id, ref.responsibleUnitCode(), by, request.comment(), clock.instant());
        dispatched.fire(new FindingDispatched(f.id, f.channel, f.requestId, point.id, ref.responsibleUnitName()));
        return view(f, point, ref);
    }

    private PointRef publish(Finding f, Point point, ChecklistItem item) {
        // the unit that answers for this standard at the point: settled (确权) first, then the point's, the grid's
        PointRef ref = responsible.refFor(point, item.standardCode);
        outbox.publish(
                EventCatalog.PROBLEM_REPORTED,
                point.id.toString(),
                new ProblemReported(
                        f.requestId.toString(),
                        f.channel,
                        item.code,
                        f.description == null ? item.checkText : f.description,
                        ref,
                        item.standardCode,
                        checklists.standardName(item.standardCode),
                        item.severity,
                        f.reportedLat != null ? f.reportedLat : f.latitude,
                        f.reportedLon != null ? f.reportedLon : f.longitude,
                        f.evidence(),
                        OffsetDateTime.ofInstant(f.foundAt, ZoneOffset.UTC)));
        return ref;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Submitted> replay(String inspector, String idempotencyKey, String requestHash) {
        Optional<Finding> earlier = Finding.find("inspector = ?1 and idempotencyKey = ?2", inspector, idempotencyKey)
                .firstResultOptional();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().requestHash.equals(requestHash)) {
            throw IdempotencyKeys.reused(idempotencyKey, "finding");
        }
        Finding f = earlier.get();
        Point point = f.pointId == null ? null : Point.findById(f.pointId);
        return Optional.of(new Submitted(view(f, point, null), true));
    }

    public String hash(FindingRequest request) {
        return IdempotencyKeys.hash(json, request);
    }

    private FindingView view(Finding f, Point point, PointRef ref) {
        String unitName = ref != null
                ? ref.responsibleUnitName()
                : f.unitCode == null
                        ? null
                        : directory.find(f.unitCode).map(u -> u.name()).orElse(f.unitCode);
        String notice;
        if (point == null) {
            notice = "待创城办派遣：发现位置不在任何网格内，由区创城办指定责任单位";
        } else if (point.temporary) {
            notice = "已转" + unitName + "：在" + (point.gridCode == null ? "派遣" : "网格 " + point.gridCode + " 的") + "临时点位「"
                    + point.name + "」";
        } else {
            notice = "已转" + unitName + "：点位「" + point.name + "」";
        }
        return new FindingView(
                f.id.toString(),
                f.channel,
                f.itemCode,
                f.standardCode,
                f.status,
                f.status.displayName(),
                f.latitude,
                f.longitude,
                "WGS84",
                f.description,
                f.foundAt,
                point == null ? null : point.code,
                point == null ? null : point.name,
                point == null ? null : point.temporary,
                point == null ? null : point.gridCode,
                f.unitCode,
                unitName,
                notice);
    }
}
