package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.inspection.checklist.ChecklistItem;
import gov.chuangcheng.inspection.checklist.ChecklistService;
import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.inspection.point.PointService;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Open311 GeoReport v2 intake: a report names a check item (its service code) and a place; it is routed to the
 * nearest active point whose checklist has that item, stored, and published as {@code cc.problem.reported.v1}, which
 * enters the same chain as a failed inspection item. The request then follows the rectification order of its
 * point × standard from {@code cc.rectifications.v1}: who is responsible, by when, and when it was closed.
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
            String deviceId) {}

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
    private final Outbox outbox;
    private final Open311Config config;
    private final Clock clock;
    /** The district's zone: the offset the request's times are shown in. */
    private final ZoneId zone;

    public Open311Service(
            ChecklistService checklists,
            PointService points,
            Outbox outbox,
            Open311Config config,
            Clock clock,
            ZoneId zone) {
        this.checklists = checklists;
        this.points = points;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.zone = zone;
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
        Map<PointType, ChecklistItem> candidates = itemsFor(report.serviceCode());
        if (candidates.isEmpty()) {
            throw Open311Exception.invalid(
                    "service_code",
                    report.serviceCode() + " is not a service of this " + "jurisdiction (see services.json)");
        }
        Point point = route(report, candidates);
        ChecklistItem item = candidates.get(point.type);
        Instant now = clock.instant();

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
        request.pointId = point.id;
        request.standardCode = item.standardCode;
        request.severity = item.severity;
        request.status = ServiceRequest.Status.open;
        request.statusNotes = "已受理，转交责任单位整改";
        request.requestedAt = now;
        request.updatedAt = now;
        KnownOrder.<KnownOrder>find(
                        "pointId = ?1 and standardCode = ?2 and closed = false", point.id, item.standardCode)
                .firstResultOptional()
                .ifPresent(order -> link(request, order, now));
        request.persist();

        outbox.publish(
                EventCatalog.PROBLEM_REPORTED,
                point.id.toString(),
                new ProblemReported(
                        request.id.toString(),
                        channel,
                        item.code,
                        report.description() == null ? item.checkText : report.description(),
                        points.ref(point),
                        item.standardCode,
                        checklists.standardName(item.standardCode),
                        item.severity,
                        report.lat(),
                        report.lon(),
                        report.mediaUrl() == null ? List.of() : List.of(report.mediaUrl()),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        return new Open311Views.Created(request.id.toString(), "已受理：问题已转至点位「" + point.name + "」的责任单位", null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Open311Views.Request> find(String id, String channel) {
        return parse(id)
                .flatMap(uuid -> ServiceRequest.<ServiceRequest>findByIdOptional(uuid))
                .filter(r -> channel == null || channel.equals(r.channel))
                .map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Open311Views.Request> list(Query query) {
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
        return ServiceRequest.<ServiceRequest>find(where + " order by requestedAt desc, id", params)
                .page(0, config.maxListSize())
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    /** An order was opened: requests of its point × standard still waiting for one now have it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(RectificationOpened event) {
        Optional<UUID> pointId = parse(event.order().pointId());
        if (pointId.isEmpty()) {
            return;
        }
        KnownOrder order =
                KnownOrder.<KnownOrder>findByIdOptional(event.order().id()).orElseGet(KnownOrder::new);
        boolean fresh = order.orderId == null;
        order.orderId = event.order().id();
        order.orderNumber = event.order().number();
        order.pointId = pointId.get();
        order.standardCode = event.order().standardCode();
        order.unitName = event.order().unitName();
        order.deadline = deadline(event.order());
        if (fresh) {
            order.persist();
        }
        Instant now = clock.instant();
        ServiceRequest.<ServiceRequest>list(
                        "orderId is null and pointId = ?1 and standardCode = ?2 and status = ?3",
                        order.pointId,
                        order.standardCode,
                        ServiceRequest.Status.open)
                .forEach(r -> link(r, order, now));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void extended(RectificationExtended event) {
        KnownOrder.<KnownOrder>findByIdOptional(event.order().id()).ifPresent(order -> {
            order.deadline = deadline(event.order());
            Instant now = clock.instant();
            ServiceRequest.<ServiceRequest>list("orderId", order.orderId).forEach(r -> {
                r.expectedAt = order.deadline;
                r.updatedAt = now;
            });
        });
    }

    /** 销号: the order is closed, and so is every request that was waiting on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(RectificationClosed event) {
        Instant now = clock.instant();
        KnownOrder.<KnownOrder>findByIdOptional(event.order().id()).ifPresent(order -> order.closed = true);
        ServiceRequest.<ServiceRequest>list(
                        "orderId = ?1 and status = ?2", event.order().id(), ServiceRequest.Status.open)
                .forEach(r -> {
                    r.status = ServiceRequest.Status.closed;
                    r.statusNotes = "已整改销号（整改单 " + event.order().number() + "）";
                    r.updatedAt = now;
                });
    }

    private static void link(ServiceRequest request, KnownOrder order, Instant now) {
        request.orderId = order.orderId;
        request.orderNumber = order.orderNumber;
        request.agencyResponsible = order.unitName;
        request.expectedAt = order.deadline;
        request.statusNotes = "已转交" + order.unitName + "整改（整改单 " + order.orderNumber + "）";
        request.updatedAt = now;
    }

    private Map<PointType, ChecklistItem> itemsFor(String serviceCode) {
        Map<PointType, ChecklistItem> items = new EnumMap<>(PointType.class);
        for (PointType type : PointType.values()) {
            checklists.current(type).flatMap(c -> c.item(serviceCode)).ifPresent(item -> items.put(type, item));
        }
        return items;
    }

    /** The point the report is about: named by code, the nearest one to the position, or the one at the address. */
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
            LatLon at = new LatLon(report.lat(), report.lon());
            List<Point> near = new ArrayList<>();
            for (PointType type : candidates.keySet()) {
                near.addAll(points
                        .list(
                                gov.chuangcheng.platform.security.UnitScope.all(),
                                new PointService.Filter(type, null, null, at, config.routeRadiusMeters()),
                                PageRequest.of(0, 500))
                        .items()
                        .stream()
                        .filter(p -> p.active)
                        .toList());
            }
            return near.stream()
                    .min(Comparator.comparingDouble(p -> Geo.distanceMeters(at, p.position())))
                    .orElseThrow(() -> Open311Exception.invalid(
                            "lat",
                            "there is no active point (" + types + ") within " + Math.round(config.routeRadiusMeters())
                                    + " m of the reported position"));
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

    private Open311Views.Request view(ServiceRequest r) {
        Point point = Point.findById(r.pointId);
        return new Open311Views.Request(
                r.id.toString(),
                r.status.name(),
                r.statusNotes,
                r.serviceName,
                r.serviceCode,
                r.description,
                r.agencyResponsible,
                null,
                local(r.requestedAt),
                local(r.updatedAt),
                local(r.expectedAt),
                r.addressString != null ? r.addressString : point.address,
                point.code,
                null,
                r.latitude,
                r.longitude,
                r.mediaUrl);
    }

    private static Instant deadline(OrderRef order) {
        return order.deadline() == null ? null : order.deadline().toInstant();
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
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
