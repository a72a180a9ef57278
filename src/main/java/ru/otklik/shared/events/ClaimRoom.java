package ru.otklik.shared.events;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.smallrye.mutiny.Uni;

/**
 * How much claimed work (webhook deliveries, pushes) one worker of an instance holds at once: a round claims only
 * what there is room for, and each piece frees its room when it ends, so a slow receiver never makes a worker claim
 * more than it can send within its lease.
 */
public final class ClaimRoom {

    private final int capacity;
    private final AtomicInteger inFlight = new AtomicInteger();

    public ClaimRoom(int capacity) {
        this.capacity = capacity;
    }

    /**
     * One round: claims up to the free room with {@code claim}, then runs {@code work} on every piece claimed, all at
     * once; how many pieces it handled.
     */
    public <T> Uni<Integer> round(IntFunction<Uni<List<T>>> claim, Function<T, Uni<Boolean>> work) {
        int room = capacity - inFlight.get();
        if (room <= 0) {
            return Uni.createFrom().item(0);
        }
        // held while claiming, so that rounds running side by side never claim the same room twice
        inFlight.addAndGet(room);
        return claim.apply(room)
                .onTermination().invoke((claimed, failure, cancelled) -> inFlight.addAndGet(-room))
                .chain(claimed -> {
                    if (claimed.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    inFlight.addAndGet(claimed.size());
                    List<Uni<Boolean>> pieces = claimed.stream()
                            .map(piece -> work.apply(piece).eventually(inFlight::decrementAndGet))
                            .toList();
                    return Uni.join().all(pieces).andCollectFailures().map(List::size);
                });
    }
}
