package ru.otklik.shared.action;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.problem.ApiException;

/**
 * What one kind of aggregate (appeal, poll, discussion, comment) tells the write kit: its table, who the caller is
 * to it, who may see it, who may do what, which rules beyond the table refuse an action now, and what its events say.
 * A feature implements this once; each of its actions is then a {@link Change} given to {@link Writes}.
 *
 * @param <E> the write model (an entity)
 * @param <S> its status
 * @param <A> its actions, the rows of the table
 * @param <C> the caller as the feature sees them
 */
public interface Lifecycle<E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor> {

    StateMachine<A, S> machine();

    Class<E> type();

    /** The caller as this feature sees them (e.g. with the directory ids of the organisations they act for). */
    Uni<C> actor(Caller caller);

    /** The aggregate for a change, read in the write transaction's session; null when there is none. */
    default Uni<E> load(long id) {
        return Panache.getSession().chain(session -> session.find(type(), id));
    }

    /** Anyone else does not learn that the aggregate exists: 404. */
    boolean canSee(C actor, E aggregate);

    /** Whether the caller's role permits the action on this aggregate, whatever its status: 403 otherwise. */
    boolean mayPerform(C actor, A action, E aggregate);

    /**
     * Why the action may not be taken now although the table allows it from this status and the caller may take it
     * (once only, a window that has passed), or null. The same answer decides the actions a response offers.
     */
    default ApiException refusal(C actor, A action, E aggregate, Instant now) {
        return null;
    }

    ApiException notFound(long id);

    /** In which role (and for which organisation) the actor does this; asked before the change. */
    Acting acting(C actor, A action, E aggregate);

    /** Who may see the aggregate's events and what they say, after the change. */
    EventFacts describe(E aggregate);

    /**
     * Events of the aggregate published by writes outside its table ({@link Writes#publish}), e.g. a person's support
     * of an appeal: they join the event catalogue like the table's.
     */
    default java.util.List<String> otherEvents() {
        return java.util.List.of();
    }
}
