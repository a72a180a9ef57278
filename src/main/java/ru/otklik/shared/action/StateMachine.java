package ru.otklik.shared.action;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A feature's transition table: for each action, the statuses it may start from, the status it leads to and the
 * event it publishes. The write kit ({@link Writes}) reads it to refuse an action (409 {@code invalid-transition}),
 * to set the new status and to name the event; nothing else changes a status. Pure data: tested without Quarkus.
 *
 * <pre>
 * StateMachine.&lt;PollAction, PollStatus&gt;of("poll")
 *         .creates(CREATE, DRAFT, "poll.created")
 *         .move(PUBLISH, from(DRAFT), PUBLISHED, "poll.published")
 *         .stay(EDIT, from(DRAFT), "poll.edited")
 *         .build();
 * </pre>
 *
 * An action may have several rows with the same starting status (moderation: to REGISTERED or to REJECTED); then the
 * change itself says where it leads ({@link Step#leadingTo}) and the kit checks that the table has that row.
 */
public final class StateMachine<A extends Enum<A>, S extends Enum<S>> {

    /**
     * One row: {@code action} from any status of {@code from} (none: it creates the aggregate) to {@code to}
     * ({@code null}: the status stays), publishing the event {@code event} (e.g. {@code appeal.answered}).
     */
    public record Transition<A, S>(A action, Set<S> from, S to, String event) {

        public boolean creates() {
            return from.isEmpty();
        }
    }

    private final String kind;
    private final List<Transition<A, S>> rows;
    private final Set<A> privileged;

    private StateMachine(String kind, List<Transition<A, S>> rows, Set<A> privileged) {
        this.kind = kind;
        this.rows = List.copyOf(rows);
        this.privileged = Set.copyOf(privileged);
    }

    /** A table for aggregates of this kind ({@code appeal}, {@code poll}): the prefix of their event types. */
    public static <A extends Enum<A>, S extends Enum<S>> Builder<A, S> of(String kind) {
        return new Builder<>(kind);
    }

    @SafeVarargs
    public static <S> Set<S> from(S... statuses) {
        return Set.of(statuses);
    }

    public String kind() {
        return kind;
    }

    public List<Transition<A, S>> rows() {
        return rows;
    }

    /** Whether the action may start from this status. */
    public boolean allows(A action, S status) {
        return rows.stream().anyMatch(row -> row.action() == action && row.from().contains(status));
    }

    /**
     * The row an action takes from {@code status} ({@code null}: it creates) towards {@code chosen}, which must be
     * given where the table offers several targets and may be omitted where it offers one.
     *
     * @throws IllegalStateException when the table has no such row: a programming error, checked by the feature's tests
     */
    public Transition<A, S> transition(A action, S status, Object chosen) {
        List<Transition<A, S>> candidates = rows.stream()
                .filter(row -> row.action() == action && (status == null ? row.creates() : row.from().contains(status)))
                .toList();
        if (chosen != null) {
            return candidates.stream().filter(row -> chosen.equals(row.to())).findFirst().orElseThrow(
                    () -> new IllegalStateException("No row " + action + " from " + status + " to " + chosen + " in the " + kind + " table"));
        }
        if (candidates.size() != 1) {
            throw new IllegalStateException(candidates.isEmpty()
                    ? "No row " + action + " from " + status + " in the " + kind + " table"
                    : action + " from " + status + " has several targets: the change must choose one");
        }
        return candidates.get(0);
    }

    /** The actions of the table that start from a status (creation actions never do), in table order. */
    public List<A> actionsFrom(S status) {
        Set<A> actions = new LinkedHashSet<>();
        rows.stream().filter(row -> row.from().contains(status)).forEach(row -> actions.add(row.action()));
        return List.copyOf(actions);
    }

    /**
     * Whether the action is a privileged one (a moderation decision, a calendar load): the kit then writes an audit
     * entry beside its event, in the same transaction.
     */
    public boolean privileged(A action) {
        return privileged.contains(action);
    }

    /** The event types of privileged actions, in table order: what the audit trail derives from this table. */
    public List<String> privilegedEvents() {
        return rows.stream().filter(row -> privileged.contains(row.action())).map(Transition::event).distinct().toList();
    }

    /** Every event type this table publishes, in table order: the feature's part of the event catalogue. */
    public List<String> events() {
        return rows.stream().map(Transition::event).distinct().toList();
    }

    public static final class Builder<A extends Enum<A>, S extends Enum<S>> {

        private final String kind;
        private final List<Transition<A, S>> rows = new ArrayList<>();
        private final Set<A> privileged = new LinkedHashSet<>();

        private Builder(String kind) {
            this.kind = kind;
        }

        /** {@code action} makes a new aggregate in status {@code to}. */
        public Builder<A, S> creates(A action, S to, String event) {
            return row(action, Set.of(), Objects.requireNonNull(to), event);
        }

        /** {@code action} leads from any of {@code from} to {@code to}. */
        public Builder<A, S> move(A action, Set<S> from, S to, String event) {
            return row(action, from, Objects.requireNonNull(to), event);
        }

        /** {@code action} may start from any of {@code from} and keeps the status. */
        public Builder<A, S> stay(A action, Set<S> from, String event) {
            return row(action, from, null, event);
        }

        private Builder<A, S> row(A action, Set<S> from, S to, String event) {
            if (!event.startsWith(kind + ".")) {
                throw new IllegalArgumentException("Event " + event + " of the " + kind + " table must start with " + kind + ".");
            }
            rows.add(new Transition<>(Objects.requireNonNull(action), Set.copyOf(from), to, event));
            return this;
        }

        /** These actions are privileged: each step of them leaves an audit entry ({@link StateMachine#privileged}). */
        @SafeVarargs
        public final Builder<A, S> privileged(A... actions) {
            privileged.addAll(List.of(actions));
            return this;
        }

        public StateMachine<A, S> build() {
            return new StateMachine<>(kind, rows, privileged);
        }
    }
}
