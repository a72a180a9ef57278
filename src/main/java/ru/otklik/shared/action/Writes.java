package ru.otklik.shared.action;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.shared.action.StateMachine.Transition;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.events.Followers;
import ru.otklik.shared.events.Outbox;
import ru.otklik.shared.idempotency.Idempotency;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The write-action kit: every change of an aggregate takes the same path.
 * <ol>
 * <li>the caller becomes the feature's actor (before any transaction);</li>
 * <li>one transaction, which also claims the {@code Idempotency-Key} (a replay stops here with the first outcome):
 * load; not there or not visible → 404; role does not permit → 403; table does not allow from this status → 409
 * {@code invalid-transition}; a rule refuses now → its problem; {@code If-Match} names another version → 409;
 * the action's {@link Change}; the status from the table; the outbox entry (event and journal); flush, so that a
 * concurrent change fails here (optimistic lock → 409);</li>
 * <li>after the commit, the response is rendered by the feature.</li>
 * </ol>
 * Reads an action needs from other features (the calendar, a target organisation) happen before it is called: a
 * transaction never asks for a second connection. A change the platform makes itself, inside another write's
 * transaction, takes {@link #bySystem}.
 */
@ApplicationScoped
public class Writes {

    private static final Logger LOG = Logger.getLogger(Writes.class);

    private final CallerResolver callers;
    private final Idempotency idempotency;
    private final Outbox outbox;
    private final Followers followers;
    private final Vertx vertx;

    public Writes(CallerResolver callers, Idempotency idempotency, Outbox outbox, Followers followers, Vertx vertx) {
        this.callers = callers;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.followers = followers;
        this.vertx = vertx;
    }

    /** An action on an existing aggregate ({@code request.id()}), answered 200 (or 201 if the step made something). */
    public <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor, V> Uni<Written<V>> act(
            Lifecycle<E, S, A, C> lifecycle, WriteRequest request, A action, Object body, Change<E, C> change,
            Render<C, V> render) {
        return lifecycle.actor(callers.current()).chain(actor -> idempotency
                .once(actor.oid(), request, body, () -> change(lifecycle, request, actor, action, change))
                .chain(outcome -> rendered(outcome, actor, render)));
    }

    /** An action that makes a new aggregate, in the status the table gives it; answered 201. */
    public <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor, V> Uni<Written<V>> create(
            Lifecycle<E, S, A, C> lifecycle, WriteRequest request, A action, Object body, Creation<E, C> creation,
            Render<C, V> render) {
        return create(lifecycle, callers.current(), request, action, body, creation, render);
    }

    /**
     * The same, for a caller verified from a token that did not come in the Authorization header (Open311 takes it
     * as a form field): everything else is as for the request's own caller.
     */
    public <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor, V> Uni<Written<V>> create(
            Lifecycle<E, S, A, C> lifecycle, Caller caller, WriteRequest request, A action, Object body,
            Creation<E, C> creation, Render<C, V> render) {
        return lifecycle.actor(caller).chain(actor -> idempotency
                .once(actor.oid(), request, body, () -> create(lifecycle, actor, action, creation))
                .chain(outcome -> rendered(outcome, actor, render)));
    }

    /**
     * A write outside any transition table (a ballot, a reaction): the same transaction and idempotency, no journal.
     * The write says itself what it changed and which events it publishes.
     */
    public <C extends Actor, V> Uni<Written<V>> write(C actor, WriteRequest request, Object body,
            Supplier<Uni<Outcome>> write, Render<C, V> render) {
        return idempotency.once(actor.oid(), request, body, write).chain(outcome -> rendered(outcome, actor, render));
    }

    /**
     * Inside a {@link #write}: the event of a change outside the aggregate's table (a person supports an appeal). It
     * reaches those who hear of the aggregate's events, by its organisation, and the person {@code subjectOid} (who
     * need not be the aggregate's owner: the supporter); its payload is the write's own record. It is an event, not a
     * step of the aggregate's history: it has no status, and {@code …/history} does not show it.
     *
     * @throws IllegalStateException for a type the lifecycle does not declare in {@link Lifecycle#otherEvents()}
     */
    public <E extends Stateful<S>, S extends Enum<S>> Uni<Void> publish(Lifecycle<E, S, ?, ?> lifecycle, E aggregate,
            String type, String action, Actor actor, Acting acting, String subjectOid, Record payload) {
        if (!lifecycle.otherEvents().contains(type)) {
            throw new IllegalStateException("Event " + type + " is not declared by the " + lifecycle.machine().kind() + " lifecycle");
        }
        return outbox.append(new Outbox.Entry(type, lifecycle.machine().kind(), aggregate.id(), Instant.now(),
                lifecycle.describe(aggregate).organisationId(), subjectOid, payload, action, actor.oid(), acting.role(),
                acting.organisationId(), null, null, null, null, false));
    }

    /**
     * Inside a {@link #write}: the person starts following the aggregate (a supporter of an appeal), hearing of its
     * events by push and sync as its owner does ({@link Followers}); false when they already follow it. In the same
     * transaction as the feature's own row that says why, so that the two never disagree.
     */
    public <E extends Stateful<S>, S extends Enum<S>> Uni<Boolean> follow(Lifecycle<E, S, ?, ?> lifecycle, E aggregate,
            String personOid) {
        return followers.follow(lifecycle.machine().kind(), aggregate.id(), personOid);
    }

    /** Inside a {@link #write}: the person stops following the aggregate; false when they did not follow it. */
    public <E extends Stateful<S>, S extends Enum<S>> Uni<Boolean> unfollow(Lifecycle<E, S, ?, ?> lifecycle, E aggregate,
            String personOid) {
        return followers.unfollow(lifecycle.machine().kind(), aggregate.id(), personOid);
    }

    /**
     * A change the platform makes itself, to an aggregate loaded in a write transaction that another write opened
     * (a calendar load recomputing the deadlines counted on it). No caller asked for this change: there is no key,
     * no visibility and no permission check, and no rule refuses it; but the table must allow the action from the
     * aggregate's status, the kit still sets the status from it, and the change leaves its journal entry and event
     * like any other. The journal names the role {@code SYSTEM} and the oid of the person whose write caused the
     * change ({@code null} when none did), so the history says both that the platform did it and why.
     *
     * @throws IllegalStateException when the table does not allow the action: the caller chose the wrong aggregates
     */
    public <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>> Uni<Void> bySystem(
            Lifecycle<E, S, A, ?> lifecycle, E aggregate, A action, String causedByOid, Function<E, Step> change) {
        S from = aggregate.status();
        if (!lifecycle.machine().allows(action, from)) {
            throw new IllegalStateException("No row " + action + " from " + from + " in the " + lifecycle.machine().kind() + " table");
        }
        Step step = change.apply(aggregate);
        Transition<A, S> transition = lifecycle.machine().transition(action, from, step.to());
        if (transition.to() != null) {
            aggregate.enter(transition.to());
        }
        return journal(lifecycle, aggregate, causedByOid, transition, from, Acting.SYSTEM, step, Instant.now())
                .invoke(() -> LOG.infof("%s %d: %s by the platform (caused by %s), %s -> %s", lifecycle.machine().kind(),
                        aggregate.id(), path(action), causedByOid, from, aggregate.status()));
    }

    /**
     * An action the platform takes by itself, with no request behind it (recording that a poll's end has passed): the
     * pipeline of {@link #act} for the feature's own platform actor, in a transaction of its own, with no key and
     * nothing rendered. Where several instances take it at once, the aggregate's version lets one write it: the others
     * fail with a conflict (optimistic lock) and change nothing. It may be called from a timer or any thread: it runs
     * on a Vert.x context of its own, as sessions require.
     */
    public <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor> Uni<Outcome> actByPlatform(
            Lifecycle<E, S, A, C> lifecycle, C platform, long id, A action, Change<E, C> change) {
        WriteRequest request = new WriteRequest("PLATFORM", lifecycle.machine().kind() + "/" + id + "/" + path(action),
                id, null, null);
        return onOwnContext(() -> idempotency.once(platform.oid(), request, null,
                () -> change(lifecycle, request, platform, action, change)));
    }

    /** Work off any request, on a fresh duplicated Vert.x context marked safe for Hibernate Reactive sessions. */
    private <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(
                ignored -> work.get().subscribe().with(emitter::complete, emitter::fail)));
    }

    /**
     * The actions this caller may take on the aggregate now, by their path names: those the table allows from its
     * status, the caller's role permits and no rule refuses. Creating actions are never offered.
     */
    public <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor> List<String> allowedActions(
            Lifecycle<E, S, A, C> lifecycle, C actor, E aggregate, Instant now) {
        return lifecycle.machine().actionsFrom(aggregate.status()).stream()
                .filter(action -> lifecycle.mayPerform(actor, action, aggregate)
                        && lifecycle.refusal(actor, action, aggregate, now) == null)
                .map(Writes::path)
                .toList();
    }

    /** The path segment and journal name of an action: {@code TAKE} → {@code take}. */
    public static String path(Enum<?> action) {
        return action.name().toLowerCase(java.util.Locale.ROOT);
    }

    private <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor> Uni<Outcome> change(
            Lifecycle<E, S, A, C> lifecycle, WriteRequest request, C actor, A action, Change<E, C> change) {
        Instant now = Instant.now();
        return lifecycle.load(request.id()).chain(aggregate -> {
            admit(lifecycle, request, actor, action, aggregate, now);
            S from = aggregate.status();
            Acting acting = lifecycle.acting(actor, action, aggregate);
            return change.apply(aggregate, actor).chain(step -> {
                Transition<A, S> transition = lifecycle.machine().transition(action, from, step.to());
                if (transition.to() != null) {
                    aggregate.enter(transition.to());
                }
                return journal(lifecycle, aggregate, actor.oid(), transition, from, acting, step, now)
                        .invoke(() -> LOG.infof("%s %d: %s by %s, %s -> %s", lifecycle.machine().kind(), aggregate.id(),
                                path(action), actor.oid() != null ? actor.oid() : acting.role(), from, aggregate.status()))
                        .map(ignored -> step.created() == null
                                ? Outcome.of(200, aggregate.id())
                                : Outcome.of(201, step.created()));
            });
        });
    }

    /** Everything that may refuse an action, in the order a caller should learn of it. */
    private <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor> void admit(
            Lifecycle<E, S, A, C> lifecycle, WriteRequest request, C actor, A action, E aggregate, Instant now) {
        if (aggregate == null || !lifecycle.canSee(actor, aggregate)) {
            throw lifecycle.notFound(request.id());
        }
        if (!lifecycle.mayPerform(actor, action, aggregate)) {
            throw new ApiException(ProblemType.FORBIDDEN, "action.forbidden");
        }
        if (!lifecycle.machine().allows(action, aggregate.status())) {
            throw ApiException.invalidTransition(path(action), aggregate.status().name());
        }
        ApiException refusal = lifecycle.refusal(actor, action, aggregate, now);
        if (refusal != null) {
            throw refusal;
        }
        if (request.ifMatch() != null && request.ifMatch() != aggregate.version()) {
            throw new ApiException(ProblemType.CONFLICT, "action.version.stale", aggregate.version(), request.ifMatch());
        }
    }

    private <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>, C extends Actor> Uni<Outcome> create(
            Lifecycle<E, S, A, C> lifecycle, C actor, A action, Creation<E, C> creation) {
        Instant now = Instant.now();
        return creation.create(actor).chain(created -> {
            E aggregate = created.aggregate();
            Step step = created.step();
            Transition<A, S> transition = lifecycle.machine().transition(action, null, step.to());
            aggregate.enter(transition.to());
            Acting acting = lifecycle.acting(actor, action, aggregate);
            return Panache.getSession().chain(session -> session.persist(aggregate))
                    .chain(() -> journal(lifecycle, aggregate, actor.oid(), transition, null, acting, step, now))
                    .invoke(() -> LOG.infof("%s %d: %s by %s", lifecycle.machine().kind(), aggregate.id(), path(action),
                            actor.oid()))
                    .map(ignored -> Outcome.of(201, aggregate.id()));
        });
    }

    private <E extends Stateful<S>, S extends Enum<S>, A extends Enum<A>> Uni<Void> journal(
            Lifecycle<E, S, A, ?> lifecycle, E aggregate, String actorOid, Transition<A, S> transition, S from,
            Acting acting, Step step, Instant now) {
        EventFacts facts = lifecycle.describe(aggregate);
        return outbox.append(new Outbox.Entry(transition.event(), lifecycle.machine().kind(), aggregate.id(), now,
                facts.organisationId(), facts.subjectOid(), facts.payload(), transition.action().name(), actorOid,
                acting.role(), acting.organisationId(), from == null ? null : from.name(), aggregate.status().name(),
                step.reason(), step.details(), lifecycle.machine().privileged(transition.action())))
                // a concurrent change of the same version fails here, inside the pipeline, as a 409
                .chain(() -> Panache.getSession().chain(session -> session.flush()));
    }

    private static <C, V> Uni<Written<V>> rendered(Outcome outcome, C actor, Render<C, V> render) {
        return render.render(outcome, actor).map(body -> new Written<>(outcome, body));
    }
}
