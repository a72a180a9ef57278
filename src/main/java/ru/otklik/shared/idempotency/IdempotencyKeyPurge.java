package ru.otklik.shared.idempotency;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.shared.config.OtklikConfig;

/** Forgets idempotency keys {@code otklik.idempotency.forgotten-after} their first use (they are honoured for less). */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    private final Vertx vertx;
    private final Pool pool;
    private final OtklikConfig.Idempotency settings;
    private long timer = -1;

    public IdempotencyKeyPurge(Vertx vertx, Pool pool, OtklikConfig config) {
        this.vertx = vertx;
        this.pool = pool;
        this.settings = config.idempotency();
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(settings.purgeEvery().toMillis(), id -> purge());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    void purge() {
        Instant before = Instant.now().minus(settings.forgottenAfter());
        pool.preparedQuery("delete from idempotency_key where created_at < $1")
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC)))
                .subscribe().with(
                        rows -> LOG.debugf("Purged %d idempotency keys", rows.rowCount()),
                        failure -> LOG.warn("Could not purge idempotency keys", failure));
    }
}
