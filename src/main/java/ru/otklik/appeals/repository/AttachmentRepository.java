package ru.otklik.appeals.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.appeals.AppealAttachment;
import ru.otklik.appeals.dto.AttachmentView;

/** Files are written through Hibernate in the kit's transaction; read by SQL (metadata comes with the appeal). */
@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<AppealAttachment, Long> {

    private static final String METADATA = "id, part, file_name, media_type, size_bytes, sha256, created_at, "
            + "thumbnail is not null as has_thumbnail";

    private final Pool pool;

    public AttachmentRepository(Pool pool) {
        this.pool = pool;
    }

    /** A file's metadata and bytes: its content, or its thumbnail (null when it has none). */
    public record Content(AttachmentView metadata, byte[] bytes) {
    }

    public Uni<Content> content(long appealId, long attachmentId) {
        return read(appealId, attachmentId, "content");
    }

    /** The thumbnail, without the original's content. */
    public Uni<Content> thumbnail(long appealId, long attachmentId) {
        return read(appealId, attachmentId, "thumbnail");
    }

    /** The metadata and one column of bytes, {@code content} or {@code thumbnail}: never the original when only its thumbnail is asked for. */
    private Uni<Content> read(long appealId, long attachmentId, String column) {
        return pool.preparedQuery("select " + METADATA + ", " + column + " from appeal_attachment where appeal_id = $1 and id = $2")
                .execute(Tuple.of(appealId, attachmentId))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    Buffer bytes = row.getBuffer(column);
                    return new Content(toView(row), bytes == null ? null : bytes.getBytes());
                });
    }

    public Uni<Long> countOf(long appealId, AppealAttachment.Part part) {
        return count("appealId = ?1 and part = ?2", appealId, part);
    }

    private static AttachmentView toView(Row row) {
        return new AttachmentView(row.getLong("id"), AppealAttachment.Part.valueOf(row.getString("part")),
                row.getString("file_name"), row.getString("media_type"), row.getInteger("size_bytes"),
                row.getString("sha256"), row.getOffsetDateTime("created_at").toInstant(), row.getBoolean("has_thumbnail"));
    }
}
