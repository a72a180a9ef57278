package ru.otklik.polls.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.polls.repository.PollSweeps;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.schedule.PeriodicRound;

/**
 * Every {@code otklik.polls.sweep-every}, on every instance:
 * <ol>
 * <li>records the closing of polls whose end has passed (EXPIRE through the kit: CLOSED and {@code poll.closed}).
 * Readers and ballots do not wait for this: they see such a poll closed at once. Instances that try the same poll at
 * once are refused by its version but one, so the event is written once;</li>
 * <li>seals free-text answers (see {@link PollSweeps#seal}); rows another instance is moving are skipped.</li>
 * </ol>
 */
@ApplicationScoped
public class PollSweeper {

    private static final Logger LOG = Logger.getLogger(PollSweeper.class);
    private static final int POLLS_PER_SWEEP = 100;
    private static final int TEXTS_PER_SWEEP = 5000;

    private final PollSweeps sweeps;
    private final PollLifecycle lifecycle;
    private final PeriodicRound rounds;

    public PollSweeper(Vertx vertx, PollSweeps sweeps, PollLifecycle lifecycle, OtklikConfig config) {
        this.sweeps = sweeps;
        this.lifecycle = lifecycle;
        this.rounds = PeriodicRound.of(vertx, "Poll sweep", config.polls().sweepEvery(), () -> sweep().invoke(sweep -> {
            if (sweep.closed() + sweep.sealed() > 0) {
                LOG.debugf("Poll sweep: %d closings recorded, %d text answers sealed", sweep.closed(), sweep.sealed());
            }
        }));
    }

    /** What one sweep did. */
    public record Sweep(int closed, int sealed) {
    }

    void start(@Observes StartupEvent event) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent event) {
        rounds.stop();
    }

    public Uni<Sweep> sweep() {
        return recordEnded().chain(closed -> sweeps.seal(TEXTS_PER_SWEEP).map(sealed -> new Sweep(closed, sealed)));
    }

    private Uni<Integer> recordEnded() {
        return sweeps.ended(POLLS_PER_SWEEP).chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> lifecycle.expire(id).map(outcome -> 1)
                        .onFailure().recoverWithItem(failure -> {
                            // another instance (or an official's close) got there first: nothing to do
                            LOG.debugf("Poll %d: its closing was not recorded here (%s)", id, failure.getClass().getSimpleName());
                            return 0;
                        }))
                .collect().asList()
                .map(done -> done.stream().mapToInt(Integer::intValue).sum()));
    }
}
