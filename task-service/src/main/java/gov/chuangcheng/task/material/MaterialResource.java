package gov.chuangcheng.task.material;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.files.ContentStore;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Material review and online filing (材料审核, 网上申报): units file their materials for the standards assessed on
 * them; the office reviews each. A department files for its own unit and reads its own and its subordinate units'
 * materials (another unit's is 404, as if it did not exist); the office files on behalf of a unit and reads all, and
 * leaders read all.
 */
@Path("/materials")
@Tag(name = "Materials 材料审核", description = """
        Materials units file for the standards assessed on them (DOCUMENT_REVIEW 材料审核, ONLINE_FILING 网上申报), \
        each as one of the standard's expected materials (应报材料) when it lists them; the office accepts or returns \
        each, and the standard scores from the decisions.""")
public class MaterialResource {

    private final MaterialService materials;
    private final MaterialReviews reviews;
    private final UnitDirectory directory;
    private final Actor actor;

    public MaterialResource(MaterialService materials, MaterialReviews reviews, UnitDirectory directory, Actor actor) {
        this.materials = materials;
        this.reviews = reviews;
        this.directory = directory;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.DEPARTMENT, Roles.OFFICE})
    @Operation(
            summary = "File a material (multipart/form-data: the file as `file`, and the fields below)",
            description = """
                    `file`: PDF, Word, Excel or PowerPoint (also 97-2003), OFD, JPEG or PNG, recognised by content \
                    whatever its name or declared type (415 otherwise), at most cc.material.max-bytes (413), not empty \
                    (422). `standard`: the code of a standard of the active evaluation system assessed on materials \
                    (422 otherwise). `expected`: the expected material (应报材料) the file is, one the standard lists; \
                    required when it lists some, absent when it lists none (422). `task` (optional): a task serving \
                    the standard that the unit leads or co-operates on (422). `unit`: the unit filed for, required for \
                    the office; a department files for its own unit (403 for another). `note` (optional): at most 500 \
                    characters. 201 with the material; the same unit filing the same bytes as the same material again \
                    gets 200 with the first filing. The client's file name is kept cleaned, as a label only.""")
    @APIResponse(
            responseCode = "201",
            description = "已上传: the material, waiting for review",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubmittedMaterialView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "新资源的地址 (URL of what was created)",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(
            responseCode = "200",
            description = "The unit filed the same bytes as the same material before: the first filing",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubmittedMaterialView.class)))
    @APIResponse(
            responseCode = "422",
            description = "文件为空，或测评标准、应报材料、任务、单位不符 / empty file, or a standard, expected material, "
                    + "task or unit that does not fit (errors name the field)")
    public Response upload(
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm("standard") @Schema(description = "测评标准编码 (standard code)", maxLength = 32) String standard,
            @RestForm("expected") @Schema(description = "应报材料 (expected material)", maxLength = 100) String expected,
            @RestForm("task") @Schema(description = "任务 id (optional)", maxLength = 36) String task,
            @RestForm("unit") @Schema(description = "责任单位编码 (the office's filing on behalf of a unit)", maxLength = 32)
                    String unit,
            @RestForm("note") @Schema(description = "说明 (optional)", maxLength = MaterialUpload.NOTE_MAX) String note,
            @Context UriInfo uri) {
        if (file == null) {
            throw ProblemException.invalid("file", "必填：以表单字段file上传材料文件");
        }
        if (file.size() > materials.maxBytes()) {
            throw MaterialProblems.tooLarge(materials.maxBytes());
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MaterialUpload form = new MaterialUpload(standard, task, expected, unit, note, file.fileName());
        Filer filer = new Filer(
                actor.username(), actor.has(Roles.OFFICE), actor.unit().orElse(null));
        MaterialService.Uploaded uploaded;
        try {
            uploaded = materials.upload(content, form, filer);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // a concurrent retry of the same filing committed first (unique unit, material and digest): answer with it
            uploaded = materials
                    .earlier(
                            filer.unitFor(unit),
                            MaterialService.blankToNull(standard),
                            MaterialService.blankToNull(expected),
                            ContentStore.sha256(content))
                    .map(earlier -> new MaterialService.Uploaded(earlier, false))
                    .orElseThrow(() -> e);
        }
        if (!uploaded.created()) {
            return Response.ok(uploaded.material(), MediaType.APPLICATION_JSON).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(uploaded.material().id())
                        .build())
                .entity(uploaded.material())
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "Materials the caller may see (a department: its own and its subordinate units'), filtered by "
                    + "standard, unit and status; latest first, paginated")
    public Page<SubmittedMaterialView> list(
            @QueryParam("standard") @Parameter(description = "standard (测评标准) code") String standard,
            @QueryParam("unit") @Parameter(description = "unit code") String unit,
            @QueryParam("status") @Parameter(description = "SUBMITTED, ACCEPTED or RETURNED") String status,
            @BeanParam @Valid PageRequest paging) {
        return materials.list(scope(), MaterialFilter.parse(standard, unit, status), paging);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(summary = "A material with the office's decisions on it, oldest first")
    public SubmittedMaterialView get(@PathParam("id") String id) {
        return materials.find(id, scope()).orElseThrow(() -> ProblemException.notFound("material", id));
    }

    @GET
    @Path("/{id}/content")
    @Produces({
        MaterialType.Media.PDF,
        MaterialType.Media.DOCX,
        MaterialType.Media.XLSX,
        MaterialType.Media.PPTX,
        MaterialType.Media.DOC,
        MaterialType.Media.XLS,
        MaterialType.Media.PPT,
        MaterialType.Media.OFD,
        MaterialType.Media.JPEG,
        MaterialType.Media.PNG
    })
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(summary = "The material's file, in the format its content is, as an attachment with its file name")
    @APIResponse(
            responseCode = "200",
            description = "The file's bytes, in the format recognised on upload",
            content = {
                @Content(
                        mediaType = MaterialType.Media.PDF,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.DOCX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.PPTX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.DOC,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.XLS,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.PPT,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.OFD,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.JPEG,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MaterialType.Media.PNG,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            },
            headers = {
                @Header(name = "ETag", description = "SHA-256 of the file", schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Content-Disposition",
                        description = "attachment, with the file's cleaned name",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response content(@PathParam("id") String id) {
        SubmittedMaterialView m =
                materials.find(id, scope()).orElseThrow(() -> ProblemException.notFound("material", id));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86400);
        return Response.ok(materials.content(m), m.contentType())
                .tag(new EntityTag(m.sha256()))
                .cacheControl(cache)
                .header("Content-Disposition", attachment(m.fileName()))
                // the bytes are served as what they were recognised as, never sniffed into something a browser runs
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "The office's decision on a material: ACCEPTED, or RETURNED with the reason",
            description = """
                    Each decision is recorded on its own and never changed; a later decision (the office changes its \
                    mind) needs its reason too, and the material's status is the latest decision. A returned material \
                    stays returned; the unit files a new one. 409 when the material already stands so.""")
    public SubmittedMaterialView review(@PathParam("id") String id, @Valid @NotNull MaterialReviewRequest request) {
        return reviews.review(id, request, actor.username());
    }

    /** Departments see their own and their subordinate units'; the office and leaders all. */
    private UnitScope scope() {
        return directory.scopeOf(actor);
    }

    /** RFC 6266 with the RFC 5987 form, so that a Chinese name survives; the cleaned name holds no control character. */
    private static String attachment(String fileName) {
        if (fileName == null) {
            return "attachment";
        }
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
