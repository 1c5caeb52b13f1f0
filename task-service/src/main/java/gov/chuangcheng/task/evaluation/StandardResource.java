package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Standards (测评标准) of the active evaluation system. */
@Path("/standards")
@Tag(name = "Evaluation system 测评体系")
public class StandardResource {

    private final EvaluationSystemService systems;

    public StandardResource(EvaluationSystemService systems) {
        this.systems = systems;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(
            summary = "Standards of the active evaluation system in catalogue order, optionally filtered; "
                    + "empty while no version is active")
    public Page<StandardView> list(
            @QueryParam("category") @Parameter(description = "category (测评项目) code") String category,
            @QueryParam("indicator") @Parameter(description = "indicator (测评内容) code") String indicator,
            @QueryParam("method")
                    @Parameter(
                            description = "assessment method: FIELD_INSPECTION, DOCUMENT_REVIEW, "
                                    + "SURVEY or ONLINE_FILING")
                    String method,
            @QueryParam("pointType")
                    @Parameter(description = "point type code, e.g. FARMERS_MARKET: standards that " + "apply to it")
                    String pointType,
            @BeanParam @Valid PageRequest paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        AssessmentMethod m = null;
        if (blankToNull(method) != null) {
            m = Codes.method(method).orElse(null);
            if (m == null) {
                errors.add(new Problem.FieldError("method", "unknown assessment method; one of " + Codes.methodList()));
            }
        }
        PointType p = null;
        if (blankToNull(pointType) != null) {
            p = Codes.pointType(pointType).orElse(null);
            if (p == null) {
                errors.add(new Problem.FieldError("pointType", "unknown point type; one of " + Codes.pointTypeList()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return systems.standards(blankToNull(category), blankToNull(indicator), m, p, paging);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A standard of the active evaluation system; 404 if the active version has no such standard")
    public StandardView get(@PathParam("code") String code) {
        return systems.standard(code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
