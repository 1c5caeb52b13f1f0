package gov.chuangcheng.inspection.catalogue;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this service knows of a standard (its read model), so operators can check it has caught up. */
@Path("/catalogue/standards")
@Tag(name = "Standards read model 测评标准")
public class StandardResource {

    public record StandardView(
            String code,
            String name,
            String indicatorCode,
            String indicatorName,
            AssessmentMethod method,
            String methodName,
            List<PointType> pointTypes,
            BigDecimal fullMarks,
            boolean active) {}

    private final StandardCatalogue catalogue;

    public StandardResource(StandardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A standard as this service's read model has it")
    public StandardView get(@PathParam("code") String code) {
        CatalogueStandard s = catalogue.find(code).orElseThrow(() -> ProblemException.notFound("standard", code));
        return new StandardView(
                s.code,
                s.name,
                s.indicatorCode,
                s.indicatorName,
                s.method,
                s.method == null ? null : s.method.displayName(),
                StandardCatalogue.pointTypes(s),
                s.fullMarks,
                s.active);
    }
}
