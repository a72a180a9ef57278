package ru.otklik.shared.idempotency;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/** Forgets idempotency keys two days after their first use (they are honoured for 24 hours). */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final Vertx vertx;
    private final Pool pool;
    private long timer = -1;

    public IdempotencyKeyPurge(Vertx vertx, Pool pool) {
        this.vertx = vertx;
        this.pool = pool;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY.toMillis(), id -> purge());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    void purge() {
        pool.query("delete from idempotency_key where created_at < now() - interval '48 hours'").execute()
                .subscribe().with(
                        rows -> LOG.debugf("Purged %d idempotency keys", rows.rowCount()),
                        failure -> LOG.warn("Could not purge idempotency keys", failure));
    }
}
