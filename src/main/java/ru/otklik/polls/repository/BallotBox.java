package ru.otklik.polls.repository;

import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import ru.otklik.polls.dto.Ballot;

/**
 * The ballot box, in the caller's write transaction (its session): participation, counters and free-text answers,
 * written so that nothing joins a voter to what they answered (see {@code V6__polls.sql}).
 */
@ApplicationScoped
public class BallotBox {

    /** The poll's counters at zero, when it is published. */
    public Uni<Void> open(long pollId, List<Ballot.Mark> counters) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into poll_tally (poll_id, question_id, choice)
                select :poll, m.q, m.c from unnest(cast(cast(:questions as text) as integer[]), cast(cast(:choices as text) as integer[])) as m(q, c)""")
                .setParameter("poll", pollId)
                .setParameter("questions", array(counters, Ballot.Mark::questionId))
                .setParameter("choices", array(counters, Ballot.Mark::choice))
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Records that the person took part; false when they already had. The primary key decides, also when fifty
     * ballots of one person arrive at once: a second insert waits for the first to commit, then inserts nothing.
     */
    public Uni<Boolean> enter(long pollId, String voterOid) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into poll_participation (poll_id, voter_oid) values (:poll, :voter)
                on conflict do nothing returning 1""", Integer.class)
                .setParameter("poll", pollId)
                .setParameter("voter", voterOid)
                .getResultList())
                .map(rows -> !rows.isEmpty());
    }

    /**
     * Adds a ballot: one statement rewrites every counter of the poll, adding 1 where the ballot chose and 0
     * elsewhere, so the live row versions never tell which counters this transaction changed; then its free-text
     * answers, into the inbox the sweeper seals.
     */
    public Uni<Void> count(long pollId, Ballot ballot) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update poll_tally t set votes = t.votes + (
                    select count(*) from unnest(cast(cast(:questions as text) as integer[]), cast(cast(:choices as text) as integer[])) as m(q, c)
                    where m.q = t.question_id and m.c = t.choice)
                where t.poll_id = :poll""")
                .setParameter("poll", pollId)
                .setParameter("questions", array(ballot.marks(), Ballot.Mark::questionId))
                .setParameter("choices", array(ballot.marks(), Ballot.Mark::choice))
                .executeUpdate()
                .chain(() -> ballot.texts().isEmpty() ? Uni.createFrom().voidItem() : texts(session, pollId, ballot.texts())));
    }

    private static Uni<Void> texts(Mutiny.Session session, long pollId, List<Ballot.TextAnswer> texts) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:poll, :q").append(i).append(", :a").append(i).append(')');
        }
        Mutiny.Query<Object> insert = session.createNativeQuery("insert into poll_text_inbox (poll_id, question_id, answer) values " + values)
                .setParameter("poll", pollId);
        for (int i = 0; i < texts.size(); i++) {
            insert.setParameter("q" + i, texts.get(i).questionId()).setParameter("a" + i, texts.get(i).text());
        }
        return insert.executeUpdate().replaceWithVoid();
    }

    /** A PostgreSQL array literal of small integers (no quoting needed): bound as text and cast in SQL. */
    private static String array(List<Ballot.Mark> marks, ToIntFunction<Ballot.Mark> part) {
        return marks.stream().map(mark -> Integer.toString(part.applyAsInt(mark))).collect(Collectors.joining(",", "{", "}"));
    }
}
