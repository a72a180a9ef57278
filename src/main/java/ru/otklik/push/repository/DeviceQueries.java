package ru.otklik.push.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.push.Platform;
import ru.otklik.push.dto.DeviceView;

/** A person's devices as they see them (never the tokens): one statement each, outside any transaction. */
@ApplicationScoped
public class DeviceQueries {

    private static final String COLUMNS = "installation_id, platform, locale, app_version, created_at, updated_at";

    private final Pool pool;

    public DeviceQueries(Pool pool) {
        this.pool = pool;
    }

    /** The owner's device of that id, or null (also when it is someone else's). */
    public Uni<DeviceView> findOwn(String installationId, String ownerOid) {
        return pool.preparedQuery("select " + COLUMNS + " from push_device where installation_id = $1 and owner_oid = $2")
                .execute(Tuple.of(installationId, ownerOid))
                .map(rows -> rows.iterator().hasNext() ? toView(rows.iterator().next()) : null);
    }

    /** Every device of the owner, by installation id (index {@code push_device_owner_idx}); a person has a few. */
    public Uni<List<DeviceView>> listOwn(String ownerOid) {
        return pool.preparedQuery("select " + COLUMNS + " from push_device where owner_oid = $1 order by installation_id")
                .execute(Tuple.of(ownerOid))
                .map(rows -> {
                    List<DeviceView> views = new ArrayList<>();
                    rows.forEach(row -> views.add(toView(row)));
                    return List.copyOf(views);
                });
    }

    private static DeviceView toView(Row row) {
        return new DeviceView(row.getString("installation_id"), Platform.valueOf(row.getString("platform")),
                row.getString("locale"), row.getString("app_version"), row.getOffsetDateTime("created_at").toInstant(),
                row.getOffsetDateTime("updated_at").toInstant());
    }
}
