package gov.chuangcheng.platform.sample;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.audit.Audited;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/samples")
public class SampleResource {

    public record SampleRequest(
            @NotBlank String code, @NotBlank @Size(max = 20) String name, int rank) {}

    @Inject
    Outbox outbox;

    @Inject
    Actor actor;

    @POST
    @Transactional
    @RolesAllowed(Roles.OFFICE)
    public Response create(@Valid SampleRequest request, @QueryParam("fail") boolean fail) {
        Sample s = new Sample();
        s.code = request.code();
        s.name = request.name();
        s.persist();
        outbox.publish(
                EventCatalog.UNIT_UPSERTED,
                s.code,
                new UnitUpserted(s.code, s.name, UnitKind.DEPARTMENT, null, true, List.of()));
        if (fail) {
            throw new IllegalStateException("failing after the outbox write, on purpose");
        }
        return Response.status(201).entity(Map.of("id", s.id)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed(Roles.OFFICE)
    public Map<String, Object> rename(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid SampleRequest request) {
        Sample s = Sample.<Sample>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("sample", id));
        Versions.requireMatch(ifMatch, s.version);
        s.name = request.name();
        return Map.of("id", s.id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Audited(kind = Audited.Kind.PERSONAL_DATA, what = "样例联系人")
    public Map<String, Object> get(@PathParam("id") long id) {
        Sample s = Sample.<Sample>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("sample", id));
        return Map.of("id", s.id, "code", s.code, "name", s.name, "version", s.version);
    }

    @GET
    @Path("/page")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    public Map<String, Object> page(
            @QueryParam("size") @Min(1) int size,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("radius") Double radius) {
        Map<String, Object> answer = new java.util.HashMap<>(Map.of("size", size));
        answer.put("overdue", overdue);
        answer.put("radius", radius);
        return answer;
    }

    @GET
    @Path("/list")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    public Page<Map<String, Object>> list(@BeanParam @Valid PageRequest paging) {
        return Page.of(Sample.findAll(Sort.by("id")), paging, s -> Map.of("id", ((Sample) s).id));
    }

    @GET
    @Path("/by-code/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    public Map<String, Object> byCode(@PathParam("code") String code, @QueryParam("name") String name) {
        var query = name == null ? Sample.find("code", code) : Sample.find("code = ?1 and name = ?2", code, name);
        Sample s = query.<Sample>firstResultOptional().orElseThrow(() -> ProblemException.notFound("sample", code));
        return Map.of("id", s.id);
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.OFFICE)
    public Map<String, Object> upload(@RestForm("file") FileUpload file, @RestForm("note") String note) {
        return Map.of("size", file == null ? -1 : file.size(), "note", note == null ? "" : note);
    }

    @GET
    @Path("/whoami")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    public Map<String, Object> whoami() {
        return Map.of(
                "username", actor.username(), "unit", actor.unit().orElse(""), "seesAllUnits", actor.seesAllUnits());
    }
}
