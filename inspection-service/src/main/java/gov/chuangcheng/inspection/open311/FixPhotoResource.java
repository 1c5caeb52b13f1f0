package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.inspection.evidence.Evidence;
import gov.chuangcheng.inspection.evidence.EvidenceService;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The after-photos (整改后照片) a fixed request links in {@code extended_attributes.fix_media_urls}, for the 12345
 * call-back (回访). A reporting system has no role on the evidence endpoints, so the facade serves these photos itself,
 * under the read rules of the request they belong to, and no other evidence. Errors are Open311's, as on every path
 * of the facade ({@link Open311ErrorFormat}).
 */
@Path("/open311/v2/requests/{id}/media/{evidenceId}")
@Tag(name = "Open311 GeoReport v2 群众举报")
public class FixPhotoResource {

    private final Open311Service open311;
    private final EvidenceService evidence;
    private final Open311Readers readers;

    public FixPhotoResource(Open311Service open311, EvidenceService evidence, Open311Readers readers) {
        this.open311 = open311;
        this.evidence = evidence;
        this.readers = readers;
    }

    @GET
    @Produces({"image/jpeg", "image/png"})
    @PermitAll
    @SecurityRequirement(
            name = Open311Resource.SCHEME,
            scopes = {Roles.INTEGRATION, Roles.OFFICE, Roles.LEADER})
    @Operation(
            operationId = "open311FixPhoto",
            summary = "An after-photo of the fix that closed a service request, as its fix_media_urls link it",
            description = "Only photos of the fix of a request closed verified fixed (已整改（复查通过）), for whoever may "
                    + "read that request. Public when cc.open311.public-reads is true.")
    @APIResponse(
            responseCode = "200",
            description = "The photo bytes, in the format they were uploaded in",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response photo(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
        readers.mayRead(Roles.INTEGRATION, Roles.OFFICE, Roles.LEADER);
        Evidence photo = open311.fixPhoto(id, evidenceId, readers.ownChannelOnly())
                .orElseThrow(() -> ProblemException.notFound("after-photo " + evidenceId + " of service request", id));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86400);
        return Response.ok(evidence.content(photo), photo.imageType.mediaType())
                .tag(new EntityTag(photo.sha256))
                .cacheControl(cache)
                .build();
    }
}
