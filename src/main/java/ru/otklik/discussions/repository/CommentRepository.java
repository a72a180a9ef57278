package ru.otklik.discussions.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.ReactionKind;

/** Comments and their reactions, inside write transactions only. */
@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, Long> {

    /** The comment with its discussion, whose state some rules read (edits end when it closes). */
    public Uni<Comment> findWithDiscussion(long id) {
        return findById(id).call(comment -> comment == null ? Uni.createFrom().voidItem()
                : getSession().chain(session -> session.find(Discussion.class, comment.discussionId))
                        .invoke(discussion -> comment.discussion = discussion));
    }

    /**
     * The comment, row-locked until the transaction ends: every change of its reactions takes this lock first, so
     * they happen one after the other and its counters always equal its reaction rows.
     */
    public Uni<Comment> lockForReaction(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The person's reaction to the comment, or null; read under the comment's lock. */
    public Uni<ReactionKind> reactionOf(long commentId, String personOid) {
        return getSession().chain(session -> session.createNativeQuery(
                "select kind from comment_reaction where comment_id = :comment and person_oid = :person", String.class)
                .setParameter("comment", commentId)
                .setParameter("person", personOid)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : ReactionKind.valueOf(rows.get(0)));
    }

    /**
     * Replaces the person's reaction {@code previous} with {@code next} (null: none) and moves the comment's
     * counters by the difference, under the comment's lock.
     */
    public Uni<Void> react(long commentId, String personOid, ReactionKind previous, ReactionKind next) {
        Uni<Integer> row = next == null
                ? getSession().chain(session -> session.createNativeQuery(
                        "delete from comment_reaction where comment_id = :comment and person_oid = :person")
                        .setParameter("comment", commentId)
                        .setParameter("person", personOid)
                        .executeUpdate())
                : getSession().chain(session -> session.createNativeQuery("""
                        insert into comment_reaction (comment_id, person_oid, kind, reacted_at)
                        values (:comment, :person, :kind, now())
                        on conflict (comment_id, person_oid) do update set kind = excluded.kind, reacted_at = excluded.reacted_at""")
                        .setParameter("comment", commentId)
                        .setParameter("person", personOid)
                        .setParameter("kind", next.name())
                        .executeUpdate());
        int likes = count(next, ReactionKind.LIKE) - count(previous, ReactionKind.LIKE);
        int dislikes = count(next, ReactionKind.DISLIKE) - count(previous, ReactionKind.DISLIKE);
        return row.chain(() -> getSession().chain(session -> session.createNativeQuery(
                "update discussion_comment set likes = likes + :likes, dislikes = dislikes + :dislikes where id = :comment")
                .setParameter("likes", likes)
                .setParameter("dislikes", dislikes)
                .setParameter("comment", commentId)
                .executeUpdate()))
                .replaceWithVoid();
    }

    private static int count(ReactionKind reaction, ReactionKind kind) {
        return reaction == kind ? 1 : 0;
    }
}
