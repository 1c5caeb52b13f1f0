package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mock exams (模拟测评): the office draws declared points the way the evaluators do; the draw becomes the day's patrol
 * plans, and its score comes from those patrols alone. Leaders read; inspectors follow their plans through
 * {@code /patrol-plans/mine}.
 */
@Path("/mock-exams")
@Tag(name = "Mock exams 模拟测评")
public class MockExamResource {

    private final MockExamService exams;
    private final Actor actor;

    public MockExamResource(MockExamService exams, Actor actor) {
        this.exams = exams;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Draw a mock exam: quotas of declared points per type for a day, dealt to inspectors as "
                    + "patrol plans",
            description = "Candidates are the declared active points of each type, ordered by code, less the points "
                    + "drawn in the last excludeLastDraws draws; a seeded draw picks each type's quota, so the same "
                    + "seed and candidates give the same points (a seed is chosen and kept when none is given). The "
                    + "drawn points are dealt round-robin in drawn order (types in code order) to the inspectors in "
                    + "the given order, and each inspector's share becomes a one-day patrol plan. A quota above what "
                    + "can be drawn is 422 naming it (quotas.FARMERS_MARKET); an inspector who already has a plan "
                    + "that day is 409; either way nothing is stored.")
    @APIResponse(
            responseCode = "201",
            description = "已抽样: the draw, its plans and its (empty) score",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MockExamView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "新资源的地址 (URL of what was created)",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(
            responseCode = "422",
            description = "可抽点位不足：某类点位的抽样数量超过可抽的申报点位（errors 列出每一类）/ a quota is above the " + "points that can be drawn")
    public Response draw(@Valid @NotNull MockExamRequest request, @Context UriInfo uri) {
        MockExamView exam = exams.draw(request, actor.username());
        return Response.created(uri.getAbsolutePathBuilder().path(exam.id()).build())
                .entity(exam)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(summary = "The mock exams, latest draw first, each with its score in short, paginated")
    public Page<MockExamSummaryView> list(@BeanParam @Valid PageRequest paging) {
        return exams.list(paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "One mock exam: the draw, its points and plans, and its score from its own inspections",
            description = "The score counts the patrols of the drawn points on the exam's day (Asia/Shanghai) by "
                    + "the inspector of the plan that holds each point; re-inspections and every other inspection "
                    + "are left out. For each active field standard that applies to a drawn point's type: each "
                    + "point's latest result, score = fullMarks × points passing ÷ points with a result; a "
                    + "standard without a result has no data and is left out of the total, not counted 0; "
                    + "coverage = covered marks ÷ full marks.")
    public MockExamView get(@PathParam("id") String id) {
        return exams.find(uuid(id)).orElseThrow(() -> ProblemException.notFound("mock exam", id));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("mock exam", id);
        }
    }
}
