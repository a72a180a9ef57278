package ru.otklik.shared.action;

import io.smallrye.mutiny.Uni;

/**
 * One action's own part of a write: the fields it sets on the aggregate, inside the transaction, after the kit has
 * found the aggregate visible, permitted, in a status the table allows and at the version asked for. It never sets
 * the status: the kit does, from the table.
 */
@FunctionalInterface
public interface Change<E, C> {

    Uni<Step> apply(E aggregate, C actor);
}
