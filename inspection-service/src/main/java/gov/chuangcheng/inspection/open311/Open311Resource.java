package gov.chuangcheng.inspection.open311;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.platform.input.DateTimes;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Open311 GeoReport v2 for the 12345 hotline, 数字城管 and 随手拍: service codes are the check items, a request is
 * routed to a point and enters the rectification chain. Form-encoded POSTs, JSON and XML answers ({@code .json},
 * {@code .xml}) and the spec's error format {@code [{"code","description"}]}, and a discovery document. Reporting
 * systems submit with their {@code api_key} or a bearer token of the {@code integration} role; reads need such a
 * token (each system sees the requests it submitted, the office and leaders see all) unless
 * {@code cc.open311.public-reads} makes them public, as the spec has them.
 */
@Path("/open311")
@Produces({MediaType.APPLICATION_JSON, Open311Resource.XML})
@Tag(name = "Open311 GeoReport v2 群众举报")
public class Open311Resource {

    static final String XML = "text/xml";
    private static final String FORMAT = "{format: json|xml}";
    static final String SCHEME = "SecurityScheme";
    /** When the facade's contract last changed, as the discovery document reports it. */
    private static final String CHANGESET = "2026-12-02T00:00:00Z";

    private final Open311Service open311;
    private final Open311Config config;
    private final ApiKeys apiKeys;
    private final Open311ErrorFormat errors;
    private final Actor actor;
    private final Open311Readers readers;
    private final ObjectMapper json;

    public Open311Resource(
            Open311Service open311,
            Open311Config config,
            ApiKeys apiKeys,
            Open311ErrorFormat errors,
            Actor actor,
            Open311Readers readers,
            ObjectMapper json) {
        this.open311 = open311;
        this.config = config;
        this.apiKeys = apiKeys;
        this.errors = errors;
        this.actor = actor;
        this.readers = readers;
        this.json = json;
    }

    @GET
    @Path("/discovery." + FORMAT)
    @APIResponse(
            responseCode = "200",
            description = "JSON, or GeoReport v2 XML on the .xml path",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Open311Views.Discovery.class)),
                @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING))
            })
    @PermitAll
    @Operation(
            operationId = "open311Discovery",
            summary = "The discovery document: where the GeoReport v2 endpoint is, its formats and whom to ask for "
                    + "an api_key (public)")
    public Response discovery(@PathParam("format") String format, @Context UriInfo uri) {
        String url = readers.endpoint(uri);
        Open311Views.Discovery discovery = new Open311Views.Discovery(
                CHANGESET,
                config.contact(),
                config.keyService(),
                List.of(new Open311Views.Endpoint(
                        "http://wiki.open311.org/GeoReport_v2",
                        url,
                        CHANGESET,
                        "production",
                        List.of(MediaType.APPLICATION_JSON, XML))));
        if ("xml".equals(format)) {
            return Response.ok(Open311Xml.single("discovery", discovery, json), Open311Xml.MEDIA_TYPE)
                    .build();
        }
        return Response.ok(discovery, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/v2/services." + FORMAT)
    @APIResponse(
            responseCode = "200",
            description = "JSON, or GeoReport v2 XML on the .xml path",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Service.class)),
                @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING))
            })
    @PermitAll
    @SecurityRequirement(
            name = SCHEME,
            scopes = {Roles.INTEGRATION, Roles.OFFICE})
    @Operation(
            operationId = "open311Services",
            summary = "The services (problem categories): one per check item of the current checklists",
            description = "Public when cc.open311.public-reads is true.")
    public Response services(@PathParam("format") String format) {
        readers.mayRead(Roles.INTEGRATION, Roles.OFFICE);
        return answer(200, format, "services", "service", open311.services());
    }

    @POST
    @Path("/v2/requests." + FORMAT)
    @APIResponse(
            responseCode = "201",
            description = "JSON, or GeoReport v2 XML on the .xml path",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Created.class)),
                @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING))
            })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    @SecurityRequirement(name = SCHEME, scopes = Roles.INTEGRATION)
    @Operation(
            operationId = "open311Submit",
            summary = "Report a problem; routed like an inspector's finding, or to the point named by address_id "
                    + "(its code); publishes cc.problem.reported.v1",
            description = "The reporting system's api_key (form field, cc.open311.api-keys) or a bearer token of "
                    + "the integration role. A location is required: lat and long, address_id or address_string (a "
                    + "point's exact address or name). A position goes to the nearest registered active point with "
                    + "that check item within cc.routing.point-radius-meters; else to a temporary point (临时点位) of "
                    + "the most specific grid containing it, reused for the same standard within "
                    + "cc.routing.temporary-reuse-meters; outside every grid the request is accepted and waits for "
                    + "the office's dispatch (service_notice and status_notes 待创城办派遣; published once dispatched). "
                    + "Extension of GeoReport v2: the form field crs says in which system lat and long are given, "
                    + "WGS84 (default, as the spec has it), GCJ02 (AMap, Tencent) or BD09 (Baidu), as many hotline "
                    + "systems send them; they are converted to WGS-84. The reporter's contact fields are kept here and "
                    + "never published.")
    public Response submit(
            @PathParam("format") String format,
            @FormParam("api_key") String apiKey,
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
            @FormParam("crs") String crs,
            @FormParam("account_id") String accountId,
            @FormParam("jurisdiction_id") String jurisdictionId) {
        String channel = submitter(apiKey);
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
                blank(deviceId),
                crs(crs));
        return answer(201, format, "service_requests", "request", List.of(open311.submit(report, channel)));
    }

    @GET
    @Path("/v2/requests/{id}." + FORMAT)
    @APIResponse(
            responseCode = "200",
            description = "JSON, or GeoReport v2 XML on the .xml path",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Request.class)),
                @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING))
            })
    @PermitAll
    @SecurityRequirement(
            name = SCHEME,
            scopes = {Roles.INTEGRATION, Roles.OFFICE, Roles.LEADER})
    @Operation(
            operationId = "open311Request",
            summary = "One service request, with agency_responsible and expected_datetime once the "
                    + "rectification order is open, and status closed once the order that opened from it or that it "
                    + "was attached to is closed (销号)",
            description = "status_notes says how it closed: 已整改（复查通过）with the unit's fix, 经核实不属实 with the "
                    + "office's reason, or 已合并至工单 and the order it lives on in. A fixed closure adds "
                    + "extended_attributes: fix and fix_media_urls (links to the after-photos). "
                    + "Public when cc.open311.public-reads is true.")
    public Response request(@PathParam("id") String id, @PathParam("format") String format, @Context UriInfo uri) {
        readers.mayRead(Roles.INTEGRATION, Roles.OFFICE, Roles.LEADER);
        Open311Views.Request found = open311.find(id, readers.ownChannelOnly(), readers.endpoint(uri))
                .orElseThrow(() -> new Open311Exception(404, "service_request_id " + id + " was not found"));
        return answer(200, format, "service_requests", "request", List.of(found));
    }

    @GET
    @Path("/v2/requests." + FORMAT)
    @APIResponse(
            responseCode = "200",
            description = "JSON, or GeoReport v2 XML on the .xml path",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Request.class)),
                @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING))
            })
    @PermitAll
    @SecurityRequirement(
            name = SCHEME,
            scopes = {Roles.INTEGRATION, Roles.OFFICE, Roles.LEADER})
    @Operation(
            operationId = "open311Requests",
            summary = "Service requests, newest first (at most cc.open311.max-list-size)",
            description = "Filters as in the spec: service_request_id (comma-separated, then the others are "
                    + "ignored), service_code, status (open, closed), start_date and end_date (ISO-8601 / W3C). "
                    + "Public when cc.open311.public-reads is true.")
    public Response requests(
            @PathParam("format") String format,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @QueryParam("status") String status,
            @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate,
            @Context UriInfo uri) {
        readers.mayRead(Roles.INTEGRATION, Roles.OFFICE, Roles.LEADER);
        return answer(
                200,
                format,
                "service_requests",
                "request",
                list(ids, serviceCode, status, startDate, endDate, readers.endpoint(uri)));
    }

    private List<Open311Views.Request> list(
            String ids, String serviceCode, String status, String startDate, String endDate, String endpoint) {
        if (blank(ids) != null) {
            List<String> list = Arrays.stream(ids.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            return open311.list(
                    new Open311Service.Query(list, null, null, null, null, readers.ownChannelOnly()), endpoint);
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
        return open311.list(
                new Open311Service.Query(null, blank(serviceCode), wanted, from, to, readers.ownChannelOnly()),
                endpoint);
    }

    private Response answer(int status, String format, String root, String element, List<?> documents) {
        if ("xml".equals(format)) {
            return Response.status(status)
                    .type(Open311Xml.MEDIA_TYPE)
                    .entity(Open311Xml.list(root, element, documents, json))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(documents)
                .build();
    }

    /** The reporting system: the integration client of the token, or the channel whose api_key the form carries. */
    private String submitter(String apiKey) {
        if (!actor.isAnonymous()) {
            if (!actor.has(Roles.INTEGRATION)) {
                throw new ForbiddenException();
            }
            return readers.channel();
        }
        if (blank(apiKey) == null) {
            throw new UnauthorizedException();
        }
        return apiKeys.channelOf(apiKey).orElseThrow(() -> new Open311Exception(403, "api_key is not valid"));
    }

    /** Open311 clients parse this format, not problem documents. */
    @ServerExceptionMapper
    public Response open311Error(Open311Exception e, UriInfo uri) {
        return errors.render(new Problem(
                "about:blank",
                "Open311",
                e.code(),
                e.getMessage(),
                uri.getRequestUri().getRawPath(),
                null));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The extension field {@code crs}: WGS84 when absent. */
    private static Crs crs(String value) {
        if (blank(value) == null) {
            return Crs.WGS84;
        }
        try {
            return Crs.valueOf(value.strip()
                    .toUpperCase(java.util.Locale.ROOT)
                    .replace("-", "")
                    .replace("_", ""));
        } catch (IllegalArgumentException e) {
            throw Open311Exception.invalid("crs", "must be WGS84, GCJ02 or BD09");
        }
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
        return DateTimes.parse(blank(value), message -> Open311Exception.invalid(parameter, message));
    }
}
