package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Open311 GeoReport v2 for the 12345 hotline, 数字城管 and 随手拍: service codes are the check items, a request is
 * routed to a point and enters the rectification chain. Form-encoded POSTs and JSON answers as the spec has them,
 * and its error format {@code [{"code","description"}]}. Clients authenticate with a bearer token of the
 * {@code integration} role; each sees the requests it submitted (the office and leaders see all).
 */
@Path("/open311/v2")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open311 GeoReport v2 群众举报")
public class Open311Resource {

    private final Open311Service open311;
    private final Actor actor;
    private final JsonWebToken token;

    public Open311Resource(Open311Service open311, Actor actor, JsonWebToken token) {
        this.open311 = open311;
        this.actor = actor;
        this.token = token;
    }

    @GET
    @Path("/services.json")
    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICE})
    @Operation(summary = "The services (problem categories): one per check item of the current checklists")
    public List<Open311Views.Service> services() {
        return open311.services();
    }

    @POST
    @Path("/requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(
            summary = "Report a problem; routed to the nearest active point with that check item within "
                    + "cc.open311.route-radius-meters, or to the point named by address_id (its code); publishes "
                    + "cc.problem.reported.v1",
            description = "A location is required: lat and long (WGS-84), address_id or address_string (a point's "
                    + "exact address or name). The reporter's contact fields are kept here and never published.")
    public Response submit(
            @FormParam("service_code") String serviceCode,
            @FormParam("lat") String lat,
            @FormParam("long") String lon,
            @FormParam("address_string") String addressString,
            @FormParam("address_id") String addressId,
            @FormParam("description") String description,
            @FormParam("media_url") String mediaUrl,
            @FormParam("email") String email,
            @FormParam("phone") String phone,
            @FormParam("first_name") String firstName,
            @FormParam("last_name") String lastName,
            @FormParam("device_id") String deviceId,
            @FormParam("account_id") String accountId,
            @FormParam("jurisdiction_id") String jurisdictionId) {
        Open311Service.Report report = new Open311Service.Report(
                blank(serviceCode),
                number("lat", lat),
                number("long", lon),
                blank(addressString),
                blank(addressId),
                blank(description),
                blank(mediaUrl),
                blank(email),
                blank(phone),
                blank(firstName),
                blank(lastName),
                blank(deviceId));
        return Response.status(201)
                .entity(List.of(open311.submit(report, channel())))
                .build();
    }

    @GET
    @Path("/requests/{id}.json")
    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "One service request, with agency_responsible and expected_datetime once the "
                    + "rectification order is open, and status closed once it is closed (销号)")
    public List<Open311Views.Request> request(@PathParam("id") String id) {
        return List.of(open311.find(id, ownChannelOnly())
                .orElseThrow(() -> new Open311Exception(404, "service_request_id " + id + " was not found")));
    }

    @GET
    @Path("/requests.json")
    @RolesAllowed({Roles.INTEGRATION, Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "Service requests, newest first (at most cc.open311.max-list-size)",
            description = "Filters as in the spec: service_request_id (comma-separated, then the others are "
                    + "ignored), service_code, status (open, closed), start_date and end_date (ISO-8601 / W3C).")
    public List<Open311Views.Request> requests(
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @QueryParam("status") String status,
            @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate) {
        if (blank(ids) != null) {
            List<String> list = Arrays.stream(ids.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            return open311.list(new Open311Service.Query(list, null, null, null, null, ownChannelOnly()));
        }
        ServiceRequest.Status wanted = null;
        if (blank(status) != null) {
            try {
                wanted = ServiceRequest.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw Open311Exception.invalid("status", "must be open or closed");
            }
        }
        Instant from = instant("start_date", startDate);
        Instant to = instant("end_date", endDate);
        if (from != null && to != null && from.isAfter(to)) {
            throw Open311Exception.invalid("start_date", "lies after end_date");
        }
        return open311.list(new Open311Service.Query(null, blank(serviceCode), wanted, from, to, ownChannelOnly()));
    }

    /** Open311 clients parse this format, not problem documents. */
    @ServerExceptionMapper
    public Response open311Error(Open311Exception e) {
        return Response.status(e.code())
                .type(MediaType.APPLICATION_JSON)
                .entity(Open311Views.Error.of(e.code(), e.getMessage()))
                .build();
    }

    /** The reporting system: the client the token was issued to (e.g. hotline-12345). */
    private String channel() {
        Object azp = token == null ? null : token.getClaim("azp");
        return azp == null ? actor.username() : azp.toString();
    }

    private String ownChannelOnly() {
        return actor.seesAllUnits() ? null : channel();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Double number(String parameter, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw Open311Exception.invalid(parameter, "is not a number");
        }
    }

    private static Instant instant(String parameter, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Exception.invalid(
                    parameter, "is not an ISO-8601 date-time with offset, e.g. " + "2026-11-25T08:00:00+08:00");
        }
    }
}
