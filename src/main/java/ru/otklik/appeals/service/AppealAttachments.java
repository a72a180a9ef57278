package ru.otklik.appeals.service;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealAttachment;
import ru.otklik.appeals.dto.AttachmentView;
import ru.otklik.appeals.repository.AppealQueries;
import ru.otklik.appeals.repository.AttachmentRepository;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * Files of an appeal: the author's (before registration) and the organisation's (with the answer). JPEG, PNG or PDF,
 * recognised by their first bytes whatever their name or declared type says; size and count limits are
 * {@code otklik.appeals.attachments}. Attaching is the appeal's action ATTACH, through the kit like any other.
 * Photos get a JPEG thumbnail at upload, for lists on slow networks; a photo that cannot be decoded is kept without.
 */
@ApplicationScoped
public class AppealAttachments {

    private static final Logger LOG = Logger.getLogger(AppealAttachments.class);

    private final Writes writes;
    private final Appeals appeals;
    private final AppealViews views;
    private final AppealRules rules;
    private final AppealQueries queries;
    private final AttachmentRepository attachments;
    private final OtklikConfig.Attachments limits;
    private final Vertx vertx;
    private final Thumbnailer thumbnailer;

    public AppealAttachments(Writes writes, Appeals appeals, AppealViews views, AppealRules rules, AppealQueries queries,
            AttachmentRepository attachments, OtklikConfig config, Vertx vertx) {
        this.writes = writes;
        this.appeals = appeals;
        this.views = views;
        this.rules = rules;
        this.queries = queries;
        this.attachments = attachments;
        this.limits = config.appeals().attachments();
        this.vertx = vertx;
        this.thumbnailer = new Thumbnailer(limits.thumbnailSize(), limits.thumbnailMaxPixels());
    }

    /** What identifies an upload for its idempotency key: the name and the content's hash. */
    record Fingerprint(String fileName, String sha256) {
    }

    /** What is worked out of the content before the transaction: its hash and, for a photo, its thumbnail or null. */
    private record Prepared(String sha256, byte[] thumbnail) {
    }

    /** Attaches an uploaded file (a temporary file of {@code size} bytes); 201 with its metadata. */
    public Uni<Written<AttachmentView>> attach(WriteRequest request, String fileName, Path uploaded, long size) {
        if (size > limits.maxSize().asLongValue()) {
            return Uni.createFrom().failure(tooLarge());
        }
        return vertx.fileSystem().readFile(uploaded.toString()).map(buffer -> buffer.getBytes())
                // hashing 10 MB and decoding a photo take a while: not on the event loop, and not in the transaction
                .chain(content -> vertx.executeBlocking(Uni.createFrom().item(() -> prepare(request.id(), content)))
                        .chain(prepared -> writes.act(appeals, request, AppealAction.ATTACH,
                                new Fingerprint(fileName, prepared.sha256()),
                                (appeal, actor) -> store(appeal, actor, fileName, content, prepared),
                                (outcome, actor) -> metadata(request.id(), outcome, actor))));
    }

    private Prepared prepare(long appealId, byte[] content) {
        return new Prepared(sha256Hex(content), thumbnail(appealId, content));
    }

    /** The thumbnail of a photo; null for other files and for photos that cannot or may not be decoded. */
    private byte[] thumbnail(long appealId, byte[] content) {
        String mediaType = sniff(content);
        if (mediaType == null || !mediaType.startsWith("image/")) {
            return null;
        }
        try {
            byte[] thumbnail = thumbnailer.make(content, mediaType).orElse(null);
            if (thumbnail == null) {
                LOG.infof("A photo for appeal %d is kept without a thumbnail: more than %d pixels or too long a side",
                        appealId, limits.thumbnailMaxPixels());
            }
            return thumbnail;
        } catch (IOException e) {
            // the decoder's message may quote the file: the exception's class is enough to tell the cases apart
            LOG.infof("A photo for appeal %d is kept without a thumbnail: it cannot be decoded (%s)", appealId,
                    e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getClass().getSimpleName());
            return null;
        } catch (LinkageError e) {
            // a native image without the AWT libraries (see Dockerfile.native): the file is still worth keeping
            LOG.warnf("A photo for appeal %d is kept without a thumbnail: the image libraries cannot be loaded (%s)",
                    appealId, e);
            return null;
        }
    }

    /** ATTACH's own part of the change: a file of an accepted type, within the count of its side. */
    private Uni<Step> store(Appeal appeal, AppealActor actor, String fileName, byte[] content, Prepared prepared) {
        String mediaType = sniff(content);
        if (mediaType == null) {
            throw new ApiException(ProblemType.UNSUPPORTED_ATTACHMENT, "appeal.attachment.type");
        }
        AppealAttachment.Part part = rules.partAttachedNow(appeal);
        return attachments.countOf(appeal.id, part).chain(count -> {
            if (count >= limits.maxPerSide()) {
                throw new ApiException(ProblemType.CONFLICT, "appeal.attachment.too-many", limits.maxPerSide());
            }
            AppealAttachment attachment = new AppealAttachment();
            attachment.appealId = appeal.id;
            attachment.part = part;
            attachment.fileName = safeName(fileName);
            attachment.mediaType = mediaType;
            attachment.sizeBytes = content.length;
            attachment.sha256 = prepared.sha256();
            attachment.content = content;
            attachment.thumbnail = prepared.thumbnail();
            attachment.uploadedByOid = actor.oid();
            attachment.createdAt = Instant.now();
            appeal.updatedAt = attachment.createdAt;
            return attachments.persist(attachment).map(saved -> Step.done()
                    .with("attachmentId", saved.id)
                    .with("part", part.name())
                    .with("size", content.length)
                    .creating(saved.id));
        });
    }

    /** The file's metadata after the upload, or null when the caller may no longer see its appeal (a late replay). */
    private Uni<AttachmentView> metadata(long appealId, Outcome outcome, AppealActor actor) {
        return queries.find(appealId).map(stored -> stored == null || !actor.canSee(stored.appeal()) ? null
                : stored.attachments().stream().filter(file -> file.id() == outcome.resourceId()).findFirst().orElse(null));
    }

    /** The file, if the caller may see its appeal (and, for a file of the answer, the answer); 404 otherwise. */
    public Uni<AttachmentRepository.Content> download(long appealId, long attachmentId) {
        return visibleFile(appealId, attachmentId, () -> attachments.content(appealId, attachmentId));
    }

    /**
     * The file's thumbnail (its bytes), to exactly those who may download the file; 404 for a file without one, told
     * only to those who may see the file.
     */
    public Uni<AttachmentRepository.Content> thumbnail(long appealId, long attachmentId) {
        return visibleFile(appealId, attachmentId, () -> attachments.thumbnail(appealId, attachmentId)).invoke(file -> {
            if (file.bytes() == null) {
                throw ApiException.notFound("appeal.attachment.no-thumbnail", Long.toString(attachmentId));
            }
        });
    }

    /** The file as {@code load} reads it, if the caller may see it; 404 otherwise. */
    private Uni<AttachmentRepository.Content> visibleFile(long appealId, long attachmentId,
            Supplier<Uni<AttachmentRepository.Content>> load) {
        return views.actor().chain(actor -> views.visible(appealId, actor)
                .chain(stored -> load.get().invoke(file -> {
                    if (file == null || !rules.maySeeFile(actor, file.metadata().part(), stored.appeal())) {
                        throw ApiException.notFound("appeal.attachment.not-found", Long.toString(attachmentId));
                    }
                })));
    }

    private ApiException tooLarge() {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "appeal.attachment.too-large",
                limits.maxSize().asLongValue() / (1024 * 1024));
    }

    /** The media type the content really is, or null when it is none of the accepted ones. */
    static String sniff(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        return null;
    }

    /** A file name safe to store and to put into a header: no path, no control or quote characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"';<>]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (name.isEmpty() || name.startsWith(".")) {
            name = "file" + name;
        }
        return name;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
