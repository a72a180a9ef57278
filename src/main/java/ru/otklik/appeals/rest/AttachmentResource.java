package ru.otklik.appeals.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.dto.AttachmentView;
import ru.otklik.appeals.repository.AttachmentRepository;
import ru.otklik.appeals.service.AppealAttachments;
import ru.otklik.shared.http.HttpCache;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.rest.ActionParams;
import ru.otklik.shared.rest.ProblemResponses;

/** Files of an appeal: {@code POST /api/v1/appeals/{id}/attachments}, their download and their photos' thumbnails. */
@Path("/api/v1/appeals")
@Tag(name = "appeals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
public class AttachmentResource {

    private final AppealAttachments attachments;

    public AttachmentResource(AppealAttachments attachments) {
        this.attachments = attachments;
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachFile", summary = "Attach a file", description = """
            Form field `file`: JPEG, PNG or PDF (checked by content), at most 10 MB, at most 5 per side. The author \
            attaches before registration; the handling official while IN_PROGRESS, for the answer.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = "file", properties = @SchemaProperty(name = "file", type = SchemaType.STRING,
                    format = "binary", description = "JPEG, PNG or PDF, at most 10 MB"))))
    @APIResponse(responseCode = "201", description = "Attached; Location names the file",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Larger than 10 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or PDF",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Uni<Response> attach(@BeanParam ActionParams params,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalid("file", "appeal.attachment.missing");
        }
        return attachments.attach(params.request(), file.fileName(), file.uploadedFile(), file.size()).map(params::respond);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadFile", summary = "Download a file", description = "To whoever may see the appeal.")
    @APIResponse(responseCode = "200", description = "The file, with its type", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @ProblemResponses.NotFound
    @HttpCache(HttpCache.Scope.PRIVATE)
    public Uni<Response> download(@RestPath long id, @RestPath long attachmentId) {
        return attachments.download(id, attachmentId).map(AttachmentResource::fileResponse);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}/thumbnail")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadThumbnail", summary = "Download a photo's thumbnail", description = """
            A JPEG of at most 320 px on its longer side (`otklik.appeals.attachments.thumbnail-size`), made at upload \
            from a JPEG or PNG photo (turned upright, without the photo's metadata), to whoever may download the \
            photo. 404 for a file without one (`thumbnail: false`: a PDF, a photo that could not be decoded or was too \
            large).""")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @ProblemResponses.NotFound
    @HttpCache(HttpCache.Scope.PRIVATE)
    public Uni<Response> thumbnail(@RestPath long id, @RestPath long attachmentId) {
        return attachments.thumbnail(id, attachmentId).map(AttachmentResource::thumbnailResponse);
    }

    /** Tagged by the content's SHA-256, known already: a strong validator without reading the body again. */
    private static Response fileResponse(AttachmentRepository.Content file) {
        String name = file.metadata().fileName();
        String fallback = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), file.metadata().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded)
                .header(HttpHeaders.CONTENT_LENGTH, file.bytes().length)
                .tag(new EntityTag(file.metadata().sha256()))
                .build();
    }

    /** Tagged by {@link HttpCache} with a digest of the thumbnail's bytes. */
    private static Response thumbnailResponse(AttachmentRepository.Content thumbnail) {
        return Response.ok(thumbnail.bytes(), "image/jpeg").header("Content-Disposition", "inline").build();
    }
}
