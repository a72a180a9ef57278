package ru.otklik.appeals.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Action;
import ru.otklik.appeals.AppealAttachment;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.repository.AppealRepository;
import ru.otklik.appeals.repository.AttachmentRepository;
import ru.otklik.appeals.rest.AttachmentView;
import ru.otklik.shared.idempotency.Idempotency.Outcome;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * Files of an appeal: the author's (before registration) and the organisation's (with the answer). JPEG, PNG or PDF,
 * recognised by their first bytes whatever their name or declared type says; at most 10 MB and 5 files per side.
 */
@ApplicationScoped
public class AttachmentService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 5;
    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    private final AppealService appeals;
    private final AppealRepository repository;
    private final AttachmentRepository attachments;

    public AttachmentService(AppealService appeals, AppealRepository repository, AttachmentRepository attachments) {
        this.appeals = appeals;
        this.repository = repository;
        this.attachments = attachments;
    }

    /** The media type the content really is, or null when it is none of the accepted ones. */
    public static String sniff(byte[] content) {
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

    @WithTransaction
    public Uni<Outcome> attach(long appealId, AppealActor actor, String fileName, byte[] content, String sha256) {
        return appeals.load(appealId, actor, Action.ATTACH, null).chain(appeal -> {
            if (!appeals.mayAttachNow(appeal, actor)) {
                throw ApiException.invalidTransition(Action.ATTACH.path(), appeal.status.name());
            }
            if (content.length > MAX_BYTES) {
                throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "appeal.attachment.too-large");
            }
            String mediaType = sniff(content);
            if (mediaType == null) {
                throw new ApiException(ProblemType.UNSUPPORTED_ATTACHMENT, "appeal.attachment.type");
            }
            AppealAttachment.Part part = appeal.status == AppealStatus.SUBMITTED ? AppealAttachment.Part.APPEAL
                    : AppealAttachment.Part.ANSWER;
            return attachments.countOf(appealId, part).chain(count -> {
                if (count >= MAX_FILES) {
                    throw new ApiException(ProblemType.CONFLICT, "appeal.attachment.too-many");
                }
                AppealAttachment attachment = new AppealAttachment();
                attachment.appealId = appealId;
                attachment.part = part;
                attachment.fileName = safeName(fileName, mediaType);
                attachment.mediaType = mediaType;
                attachment.sizeBytes = content.length;
                attachment.sha256 = sha256;
                attachment.content = content;
                attachment.uploadedByOid = actor.oid();
                attachment.createdAt = Instant.now();
                appeal.updatedAt = attachment.createdAt;
                return attachments.persist(attachment)
                        .call(() -> appeals.record(appeal, actor, Action.ATTACH, appeal.status,
                                actor.handles(appeal) ? appeal.organisationId : null, null,
                                Map.of("attachmentId", attachment.id, "part", part.name(), "size", content.length)))
                        .call(() -> repository.flush())
                        .invoke(() -> LOG.infof("Appeal %s: file %d attached by %s", appeal.number, attachment.id, actor.oid()))
                        .map(ignored -> Outcome.of(201, attachment.id));
            });
        });
    }

    /** The file, if the caller may see its appeal (and, for a file of the answer, the answer); 404 otherwise. */
    public Uni<AttachmentRepository.Content> download(long appealId, long attachmentId, AppealActor actor) {
        return appeals.visibleAppeal(appealId, actor)
                .chain(appeal -> attachments.content(appealId, attachmentId).invoke(file -> {
                    if (file == null || !appeals.maySee(file.metadata().part(), appeal, actor)) {
                        throw ApiException.notFound("appeal.attachment.not-found", Long.toString(attachmentId));
                    }
                }));
    }

    /**
     * One file's metadata after the upload committed, or null when the caller may no longer see its appeal (a replay
     * of the upload by someone who has lost access since).
     */
    public Uni<AttachmentView> metadata(long appealId, long attachmentId, AppealActor actor) {
        return appeals.seenBy(appealId, actor).chain(appeal -> appeal == null ? Uni.createFrom().nullItem()
                : attachments.metadata(appealId).map(files -> files.stream()
                        .filter(file -> file.id() == attachmentId)
                        .findFirst()
                        .orElse(null)));
    }

    /** A file name safe to store and to put into a header: no path, no control or quote characters. */
    static String safeName(String fileName, String mediaType) {
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

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
