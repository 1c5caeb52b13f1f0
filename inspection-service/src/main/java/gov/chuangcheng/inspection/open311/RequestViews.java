package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.inspection.point.Point;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How stored requests are shown: the GeoReport v2 fields in the district's zone and, for a request closed verified
 * fixed, the unit's fix and links to its after-photos. Those photos are this service's own evidence, which Open311
 * clients have no role to read, so each link points into the facade ({@code …/requests/{id}/media/{evidenceId}}),
 * which serves exactly the photos of that request's fix under the request's own read rules.
 */
final class RequestViews {

    private final ZoneId zone;

    RequestViews(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The views of these requests, in their order. {@code endpoint} is the facade's address for clients (as the
     * discovery document gives it), which the photo links start with.
     */
    List<Open311Views.Request> of(List<ServiceRequest> requests, String endpoint) {
        Set<String> closedOrders = requests.stream()
                .filter(r -> r.status == ServiceRequest.Status.closed && r.orderId != null)
                .map(r -> r.orderId)
                .collect(Collectors.toSet());
        // one query for the page, not one per request
        Map<String, KnownOrder> orders = closedOrders.isEmpty()
                ? Map.of()
                : KnownOrder.<KnownOrder>list("orderId in ?1", closedOrders).stream()
                        .collect(Collectors.toMap(o -> o.orderId, Function.identity()));
        return requests.stream()
                .map(r -> view(r, r.orderId == null ? null : orders.get(r.orderId), endpoint))
                .toList();
    }

    /** The link to one after-photo of a request's fix. */
    static String photoUrl(String endpoint, UUID requestId, String evidenceId) {
        return endpoint + "/requests/" + requestId + "/media/" + evidenceId;
    }

    private Open311Views.Request view(ServiceRequest r, KnownOrder order, String endpoint) {
        // a request outside every grid has no point until the office dispatches it
        Point point = r.pointId == null ? null : Point.findById(r.pointId);
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
                r.addressString != null || point == null ? r.addressString : point.address,
                point == null ? null : point.code,
                null,
                r.latitude,
                r.longitude,
                r.mediaUrl,
                order != null && order.closedFixed() ? fix(r, order, endpoint) : null);
    }

    private static Open311Views.ExtendedAttributes fix(ServiceRequest r, KnownOrder order, String endpoint) {
        // only ids of uploads can name a photo here, and only those go into a path unescaped
        List<String> photos = order.fixEvidenceIds.stream()
                .filter(id -> uuid(id).isPresent())
                .map(id -> photoUrl(endpoint, r.id, id))
                .toList();
        return order.fix == null && photos.isEmpty() ? null : new Open311Views.ExtendedAttributes(order.fix, photos);
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
