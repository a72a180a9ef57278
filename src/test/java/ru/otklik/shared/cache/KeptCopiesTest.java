package ru.otklik.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

class KeptCopiesTest {

    private final AtomicInteger loads = new AtomicInteger();

    private Uni<String> load(String key) {
        return Uni.createFrom().item(() -> key + "#" + loads.incrementAndGet());
    }

    @Test
    void aFreshCopyIsAnsweredWithoutLoadingAgain() {
        KeptCopies<String, String> kept = new KeptCopies<>(Duration.ofMinutes(1), 10);
        assertEquals("a#1", kept.get("a", this::load).await().indefinitely());
        assertEquals("a#1", kept.get("a", this::load).await().indefinitely());
        assertEquals("b#2", kept.get("b", this::load).await().indefinitely());
        assertEquals(2, loads.get());
    }

    @Test
    void forgettingMakesTheNextReaderLoadTheChange() {
        KeptCopies<String, String> kept = new KeptCopies<>(Duration.ofMinutes(1), 10);
        kept.get("a", this::load).await().indefinitely();
        kept.forgetAll();
        assertEquals("a#2", kept.get("a", this::load).await().indefinitely());
    }

    @Test
    void aLoadThatBeganBeforeAChangeIsNotKept() {
        KeptCopies<String, String> kept = new KeptCopies<>(Duration.ofMinutes(1), 10);
        UniEmitter<? super String>[] pending = new UniEmitter[1];
        Uni<String> slow = kept.get("a", key -> Uni.createFrom().emitter(emitter -> pending[0] = emitter));
        String[] answered = new String[1];
        slow.subscribe().with(value -> answered[0] = value);
        kept.forgetAll();
        pending[0].complete("old");
        assertEquals("old", answered[0], "the request that loaded still gets its answer");
        assertEquals("a#1", kept.get("a", this::load).await().indefinitely(), "the next reader loads again");
    }

    @Test
    void aMissingEntryIsKeptToo() {
        KeptCopies<String, String> kept = new KeptCopies<>(Duration.ofMinutes(1), 10);
        assertNull(kept.get("x", key -> Uni.createFrom().item(() -> {
            loads.incrementAndGet();
            return null;
        })).await().indefinitely());
        assertNull(kept.get("x", this::load).await().indefinitely());
        assertEquals(1, loads.get());
    }

    @Test
    void anExpiredCopyIsLoadedAgain() {
        KeptCopies<String, String> kept = new KeptCopies<>(Duration.ofNanos(1), 10);
        kept.get("a", this::load).await().indefinitely();
        assertEquals("a#2", kept.get("a", this::load).await().indefinitely());
    }

    @Test
    void nothingIsKeptWithoutATimeToLive() {
        KeptCopies<String, String> kept = new KeptCopies<>(Duration.ZERO, 10);
        kept.get("a", this::load).await().indefinitely();
        assertEquals("a#2", kept.get("a", this::load).await().indefinitely());
    }

    @Test
    void pastTheMostEntriesTheCopyStartsOver() {
        KeptCopies<String, String> kept = new KeptCopies<>(Duration.ofMinutes(1), 2);
        kept.get("a", this::load).await().indefinitely();
        kept.get("b", this::load).await().indefinitely();
        kept.get("c", this::load).await().indefinitely();
        assertEquals("a#4", kept.get("a", this::load).await().indefinitely());
        assertEquals("c#3", kept.get("c", this::load).await().indefinitely());
    }
}
