package ru.otklik.shared.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * Reference data that requests read far more often than administrators change it (the category tree, directory
 * entries), kept in this instance so that a request does not wait for the database to repeat it.
 * <ul>
 * <li>A copy is kept for the time to live; a change made through another instance is seen here within that time.</li>
 * <li>The owning feature calls {@link #forgetAll()} after its change commits: every reader of this instance sees the
 * change from then on. A load that began before that call is not kept, since it may have read the old rows.</li>
 * <li>A missing entry (null) is kept as well: unknown ids are asked for again only after the time to live.</li>
 * <li>Bounded: past the most entries the copy starts over, so a scan over ids cannot grow it without end.</li>
 * </ul>
 * Loads are not shared between concurrent requests: each answer stays on its own request's context.
 */
public final class KeptCopies<K, V> {

    private record Copy<V>(Optional<V> value, long expiresAt) {
    }

    private final long keepForNanos;
    private final int mostEntries;
    private final ConcurrentHashMap<K, Copy<V>> copies = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public KeptCopies(Duration keepFor, int mostEntries) {
        this.keepForNanos = keepFor.toNanos();
        this.mostEntries = mostEntries;
    }

    /** The kept copy of the key's value if it is fresh, else the loader's answer (kept for next time). */
    public Uni<V> get(K key, Function<K, Uni<V>> loader) {
        if (keepForNanos <= 0) {
            return loader.apply(key);
        }
        long now = System.nanoTime();
        Copy<V> copy = copies.get(key);
        if (copy != null && copy.expiresAt() - now > 0) {
            return Uni.createFrom().item(copy.value().orElse(null));
        }
        long loadedIn = generation.get();
        return loader.apply(key).invoke(value -> {
            if (copies.size() >= mostEntries) {
                copies.clear();
            }
            copies.put(key, new Copy<>(Optional.ofNullable(value), now + keepForNanos));
            if (generation.get() != loadedIn) {
                // forgotten while loading: what was read may predate the change
                copies.remove(key);
            }
        });
    }

    /** Forgets every copy; called after a change of the data commits. */
    public void forgetAll() {
        generation.incrementAndGet();
        copies.clear();
    }
}
