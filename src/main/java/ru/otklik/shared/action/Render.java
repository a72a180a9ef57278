package ru.otklik.shared.action;

import io.smallrye.mutiny.Uni;

/**
 * What the response of a write shows, read after the commit (a transaction never needs a second connection):
 * usually the aggregate as the caller sees it now; null when a replay reaches someone who may no longer see it.
 */
@FunctionalInterface
public interface Render<C, V> {

    Uni<V> render(Outcome outcome, C actor);
}
