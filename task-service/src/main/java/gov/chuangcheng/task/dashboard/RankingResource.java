package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.platform.audit.Audited;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The unit ranking as a spreadsheet for the monthly meeting (月度讲评会). */
@Path("/rankings")
@Tag(name = "Dashboard 驾驶舱")
public class RankingResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final DashboardService dashboard;

    public RankingResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Path("/units.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "The units ranked by assessment score, as CSV (UTF-8 with BOM, for Excel): 单位, 考核得分, 排名, "
                    + "按期完成率, 按期整改率 (rates in percent, empty below the minimum sample); see GET /dashboard")
    @APIResponse(
            responseCode = "200",
            description = "The ranking as CSV (UTF-8 with BOM), as an attachment units-ranking.csv",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @Audited(kind = Audited.Kind.EXPORT, what = "单位排名导出")
    public Response units() {
        return Response.ok(RankingCsv.write(dashboard.units()), CSV)
                .header("Content-Disposition", "attachment; filename=\"units-ranking.csv\"")
                .build();
    }
}
