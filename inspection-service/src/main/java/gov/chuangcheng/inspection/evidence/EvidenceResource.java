package gov.chuangcheng.inspection.evidence;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Evidence photos (取证照片). Inspectors upload what they find, departments what they fixed; an upload answers with
 * the id that inspections and rectification submissions reference, and the SHA-256 of the bytes kept.
 */
@Path("/evidence")
@Tag(name = "Evidence 取证照片")
public class EvidenceResource {

    private final EvidenceService evidence;
    private final UnitDirectory directory;
    private final Actor actor;

    public EvidenceResource(EvidenceService evidence, UnitDirectory directory, Actor actor) {
        this.evidence = evidence;
        this.directory = directory;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.INSPECTOR, Roles.DEPARTMENT, Roles.OFFICE})
    @Operation(
            summary = "Upload a photo as the form field `file` (multipart/form-data)",
            description = "JPEG or PNG, recognised by content (415 otherwise), at most cc.evidence.max-bytes (413). "
                    + "201 with the id and SHA-256; the same caller uploading the same bytes again gets 200 with "
                    + "the first upload.")
    @APIResponse(
            responseCode = "201",
            description = "已上传: the photo kept, with its id and SHA-256",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "新资源的地址 (URL of what was created)",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(
            responseCode = "200",
            description = "The same caller uploaded the same bytes before: the first upload",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class)))
    public Response uploadForm(@RestForm("file") FileUpload file, @Context UriInfo uri) {
        if (file == null) {
            throw ProblemException.invalid("file", "is required: send the photo as the multipart field 'file'");
        }
        if (file.size() > evidence.maxBytes()) {
            throw EvidenceService.tooLarge(evidence.maxBytes());
        }
        try {
            return answer(Files.readAllBytes(file.uploadedFile()), file.fileName(), uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.INSPECTOR, Roles.DEPARTMENT, Roles.OFFICE})
    @Operation(
            summary = "Upload a photo as the raw request body",
            description = "Same rules as the form upload; an optional X-File-Name header keeps the original name.")
    @APIResponse(
            responseCode = "201",
            description = "已上传: the photo kept, with its id and SHA-256",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "新资源的地址 (URL of what was created)",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(
            responseCode = "200",
            description = "The same caller uploaded the same bytes before: the first upload",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class)))
    public Response uploadRaw(InputStream body, @HeaderParam("X-File-Name") String fileName, @Context UriInfo uri)
            throws IOException {
        // read one byte more than allowed, so that an oversize body is refused without being read whole
        byte[] content = body.readNBytes(evidence.maxBytes() + 1);
        if (content.length > evidence.maxBytes()) {
            throw EvidenceService.tooLarge(evidence.maxBytes());
        }
        return answer(content, fileName, uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.INSPECTOR, Roles.DEPARTMENT})
    @Operation(
            summary = "What a photo is: type, size, digest, who uploaded it (a department: its own uploads and "
                    + "the photos of the inspections it sees: of its points, and of point × standards settled to it)")
    public EvidenceView get(@PathParam("id") String id) {
        return EvidenceView.of(visible(id));
    }

    @GET
    @Path("/{id}/content")
    @Produces({"image/jpeg", "image/png"})
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.INSPECTOR, Roles.DEPARTMENT})
    @Operation(summary = "The photo itself")
    @APIResponse(
            responseCode = "200",
            description = "The photo bytes, in the format they were uploaded in",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            },
            headers =
                    @Header(
                            name = "ETag",
                            description = "SHA-256 of the photo bytes",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response content(@PathParam("id") String id) {
        Evidence e = visible(id);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86400);
        return Response.ok(evidence.content(e), e.imageType.mediaType())
                .tag(new EntityTag(e.sha256))
                .cacheControl(cache)
                .build();
    }

    private Evidence visible(String id) {
        return evidence.find(id, scope()).orElseThrow(() -> ProblemException.notFound("evidence", id));
    }

    /** Departments see their own and their subordinate units'; everybody else who may read evidence sees all. */
    private UnitScope scope() {
        return actor.has(Roles.DEPARTMENT) && !actor.seesAllUnits() && !actor.has(Roles.INSPECTOR)
                ? directory.scopeOf(actor)
                : UnitScope.all();
    }

    private Response answer(byte[] content, String fileName, UriInfo uri) {
        String unit = actor.has(Roles.DEPARTMENT) ? actor.unit().orElse(null) : null;
        EvidenceService.Uploaded uploaded;
        try {
            uploaded = evidence.upload(content, fileName, actor.username(), unit);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // a concurrent retry of the same upload committed first (unique uploader + digest): answer with it
            uploaded = evidence.earlier(actor.username(), EvidenceService.sha256(content))
                    .map(earlier -> new EvidenceService.Uploaded(EvidenceView.of(earlier), false))
                    .orElseThrow(() -> e);
        }
        return uploaded.created()
                ? Response.created(uri.getAbsolutePathBuilder()
                                .path(uploaded.evidence().id())
                                .build())
                        .entity(uploaded.evidence())
                        .type(MediaType.APPLICATION_JSON)
                        .build()
                : Response.ok(uploaded.evidence(), MediaType.APPLICATION_JSON).build();
    }
}
