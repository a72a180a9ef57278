package ru.otklik.shared.idempotency;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.schedule.PeriodicRound;

/** Forgets idempotency keys {@code otklik.idempotency.forgotten-after} their first use (they are honoured for less). */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    private final Pool pool;
    private final OtklikConfig.Idempotency settings;
    private final PeriodicRound rounds;

    public IdempotencyKeyPurge(Vertx vertx, Pool pool, OtklikConfig config) {
        this.pool = pool;
        this.settings = config.idempotency();
        this.rounds = PeriodicRound.of(vertx, "Purging idempotency keys", settings.purgeEvery(), this::purge);
    }

    void start(@Observes StartupEvent event) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent event) {
        rounds.stop();
    }

    Uni<Integer> purge() {
        Instant before = Instant.now().minus(settings.forgottenAfter());
        return pool.preparedQuery("delete from idempotency_key where created_at < $1")
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.rowCount())
                .invoke(purged -> LOG.debugf("Purged %d idempotency keys", purged));
    }
}
