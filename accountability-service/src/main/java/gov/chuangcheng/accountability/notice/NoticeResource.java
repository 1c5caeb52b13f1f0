package gov.chuangcheng.accountability.notice;

import gov.chuangcheng.accountability.ranking.RankingConfig;
import gov.chuangcheng.platform.audit.Audited;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 通报: the office drafts, edits and issues them; everyone reads issued ones, as JSON, HTML or PDF. */
@Path("/notices")
@Tag(name = "Notices 通报")
public class NoticeResource {

    static final String PDF = "application/pdf";

    private final NoticeService notices;
    private final NoticeReader reader;
    private final NoticePdf pdf;
    private final NoticeConfig config;
    private final RankingConfig ranking;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;

    public NoticeResource(
            NoticeService notices,
            NoticeReader reader,
            NoticePdf pdf,
            NoticeConfig config,
            RankingConfig ranking,
            Actor actor,
            Clock clock,
            ZoneId zone) {
        this.notices = notices;
        this.reader = reader;
        this.pdf = pdf;
        this.config = config;
        this.ranking = ranking;
        this.actor = actor;
        this.clock = clock;
        this.zone = zone;
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "A new draft 通报 for a period: the orders that reached 通报 or above in it, per unit, with how "
                    + "each escalated, every deduction of the period and the unit's figures",
            description = "period=week or period=month with date (yyyy-MM-dd, today when absent), or from and to "
                    + "(both included), as GET /ledger/ranking takes them (one of them is required); days in the "
                    + "district's zone. corrects: the "
                    + "id of an issued notice this draft corrects (更正; its period when none is given). The "
                    + "framing text (导语, 要求, 主送 各责任单位, 抄送) starts from cc.notice.* defaults.")
    @APIResponse(
            responseCode = "201",
            description = "The draft, with its content as the data stand now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeView.class)))
    public Response draft(
            @QueryParam("period") @Parameter(description = "week, month or range") String period,
            @QueryParam("date") @Parameter(description = "a day of the week or month, yyyy-MM-dd") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("corrects") @Parameter(description = "id of the issued notice this one corrects")
                    String corrects) {
        boolean noPeriod = blank(period) && blank(date) && blank(from) && blank(to);
        if (noPeriod && blank(corrects)) {
            // a notice is always about a stated period: no silent default range
            throw ProblemException.invalid("period", "请指定统计期间：period=week或month（可加date），或from和to");
        }
        Period of = noPeriod
                ? null
                : Period.parse(
                        new Period.Query(period, date, from, to),
                        LocalDate.ofInstant(clock.instant(), zone),
                        ranking.defaultPeriodDays(),
                        ranking.maxPeriodDays(),
                        zone);
        NoticeView view = notices.draft(of, blank(corrects) ? null : corrects.trim(), actor.username());
        return Response.created(URI.create("/notices/" + view.id()))
                .entity(view)
                .tag(Versions.entityTag(view.version()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "Notices newest first, by status (DRAFT, ISSUED); a department sees issued ones only, paginated")
    public Page<NoticeView.Summary> list(
            @QueryParam("status") @Parameter(description = "DRAFT or ISSUED") String status,
            @BeanParam @Valid PageRequest paging) {
        return reader.list(status(status), readsDrafts(), paging);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PDF})
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "One notice: JSON, or the document itself by Accept — text/html (XHTML) or application/pdf",
            description = "The document follows GB/T 9704 (发文机关标志, 发文字号, 标题, 主送, 正文, 署名, 成文日期, 抄送, "
                    + "印发机关和日期) on A4; the PDF embeds its CJK font. A department reads issued notices (each "
                    + "unit the whole notice); a draft is the office's and leaders' (404 to a department).")
    @APIResponse(
            responseCode = "200",
            description = "The notice",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @Audited(kind = Audited.Kind.EXPORT, what = "通报")
    public Response get(@PathParam("id") String id, @Context HttpHeaders headers) {
        NoticeView view = reader.find(id, readsDrafts()).orElseThrow(() -> ProblemException.notFound("notice", id));
        MediaType type = wanted(headers);
        Response.ResponseBuilder ok;
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            ok = Response.ok(
                    NoticeHtml.render(
                                    view, config.font().family(), config.font().latinFamily())
                            .getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=UTF-8");
        } else if (type.toString().startsWith(PDF)) {
            ok = Response.ok(pdf.render(view), PDF)
                    .header("Content-Disposition", "inline; filename=\"notice-" + view.id() + ".pdf\"");
        } else {
            ok = Response.ok(view, MediaType.APPLICATION_JSON_TYPE);
        }
        return ok.tag(Versions.entityTag(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Edits a draft's framing text (导语, 要求, 主送, 抄送); needs its ETag in If-Match; 409 once issued")
    public Response edit(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NoticeRequest request) {
        NoticeView view = notices.edit(id, request, ifMatch, actor.username());
        return Response.ok(view).tag(Versions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "签发: gives the draft the next 发文字号 of the year (创城办〔2026〕12号, no gaps), today's 成文日期 and its "
                    + "content as it stands, all final from then on; published as cc.notice.issued.v1",
            description = "If-Match is optional: when sent it must be the draft's ETag. 409 when already issued.")
    public Response issue(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        NoticeView view = notices.issue(id, ifMatch, actor.username());
        return Response.ok(view).tag(Versions.entityTag(view.version())).build();
    }

    private boolean readsDrafts() {
        return actor.has(Roles.OFFICE) || actor.has(Roles.LEADER);
    }

    /** JSON unless the caller asks for HTML or PDF first. */
    private static MediaType wanted(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType()) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    || m.isCompatible(MediaType.TEXT_HTML_TYPE)
                    || m.isCompatible(MediaType.valueOf(PDF))) {
                return m.isCompatible(MediaType.TEXT_HTML_TYPE)
                        ? MediaType.TEXT_HTML_TYPE
                        : m.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                                ? MediaType.APPLICATION_JSON_TYPE
                                : MediaType.valueOf(PDF);
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    private static NoticeStatus status(String status) {
        if (blank(status)) {
            return null;
        }
        try {
            return NoticeStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "状态只能是DRAFT（草稿）或ISSUED（已签发）");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
