package ru.otklik.shared.action;

/** What the write kit needs of an aggregate's write model (an entity): identity, status and optimistic version. */
public interface Stateful<S extends Enum<S>> {

    Long id();

    S status();

    /** Puts the aggregate into a status. Called by {@link Writes} only, from the transition table. */
    void enter(S status);

    int version();
}
