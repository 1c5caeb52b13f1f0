package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.inspection.checklist.ChecklistItem;
import gov.chuangcheng.inspection.checklist.ChecklistService;
import gov.chuangcheng.inspection.evidence.Evidence;
import gov.chuangcheng.inspection.evidence.EvidenceService;
import gov.chuangcheng.inspection.finding.FindingDispatched;
import gov.chuangcheng.inspection.finding.FindingService;
import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.point.PointService;
import gov.chuangcheng.inspection.responsibility.ResponsibleUnits;
import gov.chuangcheng.inspection.routing.Routing;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Open311 GeoReport v2 intake: a report names a check item (its service code) and a place; it is routed like an
 * inspector's finding (the registered point there, else a temporary point of the grid, else the office's dispatch
 * queue), stored, and published as {@code cc.problem.reported.v1}, which
 * enters the same chain as a failed inspection item. The request then follows the rectification order opened from it
 * or attached it to ({@link OrderFollowing}): who is responsible, by when, and how it was closed.
 */
@ApplicationScoped
public class Open311Service {

    /** What a client sent, as the spec names it (strings parsed and checked here). */
    public record Report(
            String serviceCode,
            Double lat,
            Double lon,
            String addressString,
            String addressId,
            String description,
            String mediaUrl,
            String email,
            String phone,
            String firstName,
            String lastName,
            String deviceId,
            Crs crs) {}

    /** Filters of {@code GET requests.json}; {@code channel} set limits to one client's own requests. */
    public record Query(
            List<String> ids,
            String serviceCode,
            ServiceRequest.Status status,
            Instant from,
            Instant to,
            String channel) {}

    private final ChecklistService checklists;
    private final PointService points;
    private final Routing routing;
    private final FindingService findings;
    private final ResponsibleUnits responsible;
    private final Outbox outbox;
    private final OrderFollowing orders;
    private final EvidenceService evidence;
    private final Open311Config config;
    private final Clock clock;
    /** Shows requests in the district's zone. */
    private final RequestViews views;

    public Open311Service(
            ChecklistService checklists,
            PointService points,
            Routing routing,
            FindingService findings,
            ResponsibleUnits responsible,
            Outbox outbox,
            OrderFollowing orders,
            EvidenceService evidence,
            Open311Config config,
            Clock clock,
            ZoneId zone) {
        this.checklists = checklists;
        this.points = points;
        this.routing = routing;
        this.findings = findings;
        this.responsible = responsible;
        this.outbox = outbox;
        this.orders = orders;
        this.evidence = evidence;
        this.config = config;
        this.clock = clock;
        this.views = new RequestViews(zone);
    }

    /** Every check item of the current checklists, once per code; the group is the point type. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Open311Views.Service> services() {
        Map<String, Open311Views.Service> byCode = new LinkedHashMap<>();
        for (PointType type : PointType.values()) {
            checklists
                    .current(type)
                    .ifPresent(c -> c.items.forEach(item -> byCode.putIfAbsent(
                            item.code,
                            new Open311Views.Service(
                                    item.code,
                                    item.checkText,
                                    "点位类型：" + type.displayName() + "；测评标准：" + checklists.standardName(item.standardCode)
                                            + "（" + item.severity.displayName() + "）",
                                    false,
                                    "realtime",
                                    checklists.standardName(item.standardCode),
                                    type.displayName()))));
        }
        return List.copyOf(byCode.values());
    }

    @Transactional
    public Open311Views.Created submit(Report report, String channel) {
        check(report);
        Map<PointType, ChecklistItem> candidates = checklists.currentItems(report.serviceCode());
        if (candidates.isEmpty()) {
            throw Open311Exception.invalid(
                    "service_code",
                    report.serviceCode() + " is not a service of this " + "jurisdiction (see services.json)");
        }
        Instant now = clock.instant();
        Point point = route(report, candidates);
        if (point == null) {
            return queue(report, candidates, channel, now);
        }
        ChecklistItem item = candidates.get(point.type);

        ServiceRequest request = newRequest(report, channel, item, now);
        request.pointId = point.id;
        orders.joinOpenOrder(request, now);
        request.persist();

        outbox.publish(
                EventCatalog.PROBLEM_REPORTED,
                point.id.toString(),
                new ProblemReported(
                        request.id.toString(),
                        channel,
                        item.code,
                        report.description() == null ? item.checkText : report.description(),
                        // the order opens for the unit that answers for this standard at the point, which may be
                        // the one the office settled (确权) rather than the point's own
                        responsible.refFor(point, item.standardCode),
                        item.standardCode,
                        checklists.standardName(item.standardCode),
                        item.severity,
                        report.lat(),
                        report.lon(),
                        report.mediaUrl() == null ? List.of() : List.of(report.mediaUrl()),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        return new Open311Views.Created(
                request.id.toString(),
                "已受理：问题已转至" + (point.temporary ? "临时点位" : "点位") + "「" + point.name + "」的责任单位",
                null);
    }

    /**
     * A report outside every grid: stored without a point and kept for the office's dispatch (待创城办派遣); published
     * once dispatched ({@link #dispatched}).
     */
    private Open311Views.Created queue(
            Report report, Map<PointType, ChecklistItem> candidates, String channel, Instant now) {
        ChecklistItem item = candidates.values().iterator().next();
        ServiceRequest request = newRequest(report, channel, item, now);
        request.statusNotes = PENDING_DISPATCH;
        request.persist();
        findings.queue(
                request.id,
                channel,
                position(report),
                candidates,
                report.lat(),
                report.lon(),
                report.description(),
                report.mediaUrl() == null ? List.of() : List.of(report.mediaUrl()),
                now);
        return new Open311Views.Created(request.id.toString(), "已受理：位置不在任何网格内，" + PENDING_DISPATCH, null);
    }

    /** The office dispatched a request that waited: it now has its point and shows that point's open order. */
    void dispatched(@Observes FindingDispatched event) {
        ServiceRequest.<ServiceRequest>findByIdOptional(event.requestId())
                .filter(r -> r.pointId == null)
                .ifPresent(r -> {
                    Instant now = clock.instant();
                    Point point = Point.findById(event.pointId());
                    r.pointId = point.id;
                    r.standardCode = point.standardCode == null ? r.standardCode : point.standardCode;
                    r.statusNotes = OrderFollowing.WAITING;
                    r.updatedAt = now;
                    orders.joinOpenOrder(r, now);
                });
    }

    /** The status notes of a request waiting for the office's dispatch. */
    static final String PENDING_DISPATCH = "待创城办派遣";

    private static LatLon position(Report report) {
        return LatLon.toWgs84(report.lat(), report.lon(), report.crs() == null ? Crs.WGS84 : report.crs());
    }

    private static ServiceRequest newRequest(Report report, String channel, ChecklistItem item, Instant now) {
        ServiceRequest request = new ServiceRequest();
        request.id = UUID.randomUUID();
        request.channel = channel;
        request.serviceCode = item.code;
        request.serviceName = item.checkText;
        request.description = report.description();
        request.latitude = report.lat();
        request.longitude = report.lon();
        request.addressString = report.addressString();
        request.mediaUrl = report.mediaUrl();
        request.reporterEmail = report.email();
        request.reporterPhone = report.phone();
        request.reporterName = join(report.lastName(), report.firstName());
        request.deviceId = report.deviceId();
        request.standardCode = item.standardCode;
        request.severity = item.severity;
        request.status = ServiceRequest.Status.open;
        request.statusNotes = OrderFollowing.WAITING;
        request.requestedAt = now;
        request.updatedAt = now;
        return request;
    }

    /** A request, if {@code channel} (null: any) submitted it; {@code endpoint} as for {@link RequestViews#of}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Open311Views.Request> find(String id, String channel, String endpoint) {
        return visible(id, channel).map(r -> views.of(List.of(r), endpoint).get(0));
    }

    /**
     * An after-photo of the fix that closed the request, if the request is visible to {@code channel} and closed
     * verified fixed with that photo; any other evidence stays behind the evidence endpoints' roles.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Evidence> fixPhoto(String id, String evidenceId, String channel) {
        return visible(id, channel)
                .filter(r -> r.status == ServiceRequest.Status.closed && r.orderId != null)
                .flatMap(r -> KnownOrder.<KnownOrder>findByIdOptional(r.orderId))
                .filter(o -> o.closedFixed() && o.fixEvidenceIds.contains(evidenceId))
                .flatMap(o -> evidence.find(evidenceId, UnitScope.all()));
    }

    private static Optional<ServiceRequest> visible(String id, String channel) {
        return parse(id)
                .flatMap(uuid -> ServiceRequest.<ServiceRequest>findByIdOptional(uuid))
                .filter(r -> channel == null || channel.equals(r.channel));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Open311Views.Request> list(Query query, String endpoint) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.ids() != null && !query.ids().isEmpty()) {
            where.append(" and id in :ids");
            params.put(
                    "ids",
                    query.ids().stream()
                            .map(Open311Service::parse)
                            .flatMap(Optional::stream)
                            .toList());
        }
        if (query.serviceCode() != null) {
            where.append(" and serviceCode = :code");
            params.put("code", query.serviceCode());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status());
        }
        if (query.from() != null) {
            where.append(" and requestedAt >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and requestedAt <= :to");
            params.put("to", query.to());
        }
        if (query.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", query.channel());
        }
        if (params.containsKey("ids") && ((List<?>) params.get("ids")).isEmpty()) {
            return List.of();
        }
        return views.of(
                ServiceRequest.<ServiceRequest>find(where + " order by requestedAt desc, id", params)
                        .page(0, config.maxListSize())
                        .list(),
                endpoint);
    }

    /**
     * The point the report is about: named by code, where routing puts the position ({@link Routing}), or the one at
     * the address; null when the position lies outside every grid.
     */
    private Point route(Report report, Map<PointType, ChecklistItem> candidates) {
        String types = candidates.keySet().stream()
                .map(PointType::displayName)
                .reduce((a, b) -> a + "、" + b)
                .orElseThrow();
        if (report.addressId() != null) {
            Point point = points.findByCode(report.addressId())
                    .filter(p -> p.active)
                    .orElseThrow(() ->
                            Open311Exception.invalid("address_id", "there is no active point " + report.addressId()));
            if (!candidates.containsKey(point.type)) {
                throw Open311Exception.invalid(
                        "address_id",
                        "point " + point.code + " is a " + point.type.displayName() + "; service "
                                + report.serviceCode() + " applies to " + types);
            }
            return point;
        }
        if (report.lat() != null) {
            // the one routing rule: the registered point there, else a temporary point of the grid, else null
            // (outside every grid: the office dispatches it)
            ChecklistItem first = candidates.values().iterator().next();
            Routing.Routed routed =
                    routing.route(position(report), first.standardCode, List.copyOf(candidates.keySet()));
            return routed.point();
        }
        if (report.addressString() != null) {
            List<Point> matching = Point.<Point>list(
                    "active = true and type in ?1 and (address = ?2 or name = ?2)",
                    List.copyOf(candidates.keySet()),
                    report.addressString());
            if (matching.size() == 1) {
                return matching.get(0);
            }
            throw Open311Exception.invalid(
                    "address_string",
                    matching.isEmpty()
                            ? "names no point (" + types + "); send lat and long or address_id"
                            : "names " + matching.size() + " points; send lat and long or address_id");
        }
        throw Open311Exception.invalid(
                "lat", "a location is required: lat and long, address_id (the point " + "code) or address_string");
    }

    private static void check(Report r) {
        if (r.serviceCode() == null) {
            throw Open311Exception.invalid("service_code", "is required");
        }
        if ((r.lat() == null) != (r.lon() == null)) {
            throw Open311Exception.invalid(r.lat() == null ? "lat" : "long", "lat and long go together");
        }
        if (r.lat() != null && (r.lat() < -90 || r.lat() > 90)) {
            throw Open311Exception.invalid("lat", "must lie between -90 and 90");
        }
        if (r.lon() != null && (r.lon() < -180 || r.lon() > 180)) {
            throw Open311Exception.invalid("long", "must lie between -180 and 180");
        }
        max("service_code", r.serviceCode(), 64);
        max("description", r.description(), 4000);
        max("address_string", r.addressString(), 500);
        max("address_id", r.addressId(), 64);
        max("media_url", r.mediaUrl(), 1000);
        max("email", r.email(), 200);
        max("phone", r.phone(), 50);
        max("first_name", r.firstName(), 100);
        max("last_name", r.lastName(), 100);
        max("device_id", r.deviceId(), 200);
        if (r.mediaUrl() != null && !isWebUrl(r.mediaUrl())) {
            throw Open311Exception.invalid("media_url", "must be an http or https URL");
        }
        if (r.email() != null && !r.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw Open311Exception.invalid("email", "is not an e-mail address");
        }
    }

    private static void max(String parameter, String value, int length) {
        if (value != null && value.length() > length) {
            throw Open311Exception.invalid(parameter, "must be at most " + length + " characters");
        }
    }

    private static boolean isWebUrl(String s) {
        try {
            URI uri = URI.create(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String join(String lastName, String firstName) {
        String name = (lastName == null ? "" : lastName.strip()) + (firstName == null ? "" : firstName.strip());
        return name.isEmpty() ? null : name;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
