package ru.otklik.sync.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.live.service.LiveAudiences;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.events.Audience;
import ru.otklik.shared.events.OutboxPosition;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.sync.dto.SyncChange;
import ru.otklik.sync.dto.SyncPage;
import ru.otklik.sync.repository.SyncQueries;
import ru.otklik.sync.repository.SyncQueries.Entry;

/**
 * Offline sync: what changed for the caller since a cursor, from the outbox, for the audience the live stream has
 * ({@link LiveAudiences}: a person what is theirs, an official their organisations', a moderator everything), and to
 * a person also the events of what they follow ({@link ru.otklik.shared.events.Followers}: the appeals they support);
 * once they stop following it, the item is a tombstone for them. Each
 * page is one statement; within it an item appears once, as its latest change. An event the caller hears of only
 * because their organisation did it, while the item now belongs to another organisation (a redirect away), is a
 * tombstone; so is an event that deletes its item ({@code *.deleted}). Without {@code since} the sync starts at the
 * beginning of the outbox: the first pages are the caller's current state.
 */
@ApplicationScoped
public class Sync {

    private static final String ORDERING = "sync";

    private final SyncQueries queries;
    private final LiveAudiences audiences;
    private final CallerResolver callers;
    private final int defaultLimit;

    public Sync(SyncQueries queries, LiveAudiences audiences, CallerResolver callers, OtklikConfig config) {
        this.queries = queries;
        this.audiences = audiences;
        this.callers = callers;
        this.defaultLimit = config.sync().defaultLimit();
    }

    public Uni<SyncPage> since(String since, Integer limit) {
        OutboxPosition after = since == null ? new OutboxPosition(0, 0) : parse(since);
        int size = limit == null ? defaultLimit : limit;
        return audiences.of(callers.current()).chain(audience -> queries.page(audience, after, size)
                .map(rows -> page(audience, after, size, rows)));
    }

    private static SyncPage page(Audience audience, OutboxPosition after, int size, SyncQueries.Rows rows) {
        List<Entry> entries = rows.rows();
        boolean more = entries.size() >= size;
        OutboxPosition end = entries.isEmpty() ? after : entries.get(entries.size() - 1).position();
        // a short page read everything below the horizon: the next sync need not look there again
        OutboxPosition horizon = OutboxPosition.before(rows.horizon());
        if (!more && horizon.isAfter(end)) {
            end = horizon;
        }
        List<SyncChange> changes = entries.stream().filter(Entry::latest).map(entry -> change(audience, entry)).toList();
        return new SyncPage(changes, Cursor.encode(ORDERING, end.txId(), end.id()), more);
    }

    private static SyncChange change(Audience audience, Entry entry) {
        // a former follower (a withdrawn supporter) hears of their own withdrawal as the end of the item; the owner of
        // an aggregate never followed it, so nothing a follower does makes it a tombstone for them
        boolean sees = audience.all()
                || entry.followed()
                || entry.subjectOid() != null && entry.subjectOid().equals(audience.subjectOid()) && !entry.unfollowed()
                || entry.organisationId() != null && audience.organisationIds().contains(entry.organisationId());
        boolean gone = !sees || entry.type().endsWith(".deleted");
        return new SyncChange(gone ? SyncChange.Kind.TOMBSTONE : SyncChange.Kind.UPSERT, entry.aggregateKind(),
                entry.aggregateId(), entry.type(), entry.position().id(), entry.at(), gone ? null : entry.payload());
    }

    private static OutboxPosition parse(String since) {
        try {
            List<String> parts = Cursor.decode(since, ORDERING, 2);
            return new OutboxPosition(Cursor.longPart(parts.get(0)), Cursor.longPart(parts.get(1)));
        } catch (ApiException e) {
            throw ApiException.invalid("since", "paging.cursor.invalid");
        }
    }
}
