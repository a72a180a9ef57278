package ru.otklik.shared.action;

import io.smallrye.mutiny.Uni;

/** The part of a creating write that builds the new aggregate (not yet persistent, no status set) and its step. */
@FunctionalInterface
public interface Creation<E, C> {

    Uni<Created<E>> create(C actor);

    record Created<E>(E aggregate, Step step) {
    }
}
