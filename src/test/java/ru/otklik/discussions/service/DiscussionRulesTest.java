package ru.otklik.discussions.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.otklik.discussions.AudienceKind;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentAction;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.dto.DiscussionInput;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.OrgRole;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/** The rules of discussions and who may do what, without Quarkus. */
class DiscussionRulesTest {

    private static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");
    private static final DiscussionRules RULES = new DiscussionRules(Duration.ofMinutes(15));

    @Test
    void aDiscussionOpenUntilADateIsClosedFromThatMomentOn() {
        Discussion discussion = discussion(true, "25");
        assertEquals(DiscussionStatus.OPEN, discussion.statusAt(NOW));
        discussion.openUntil = NOW.plusSeconds(1);
        assertEquals(DiscussionStatus.OPEN, discussion.statusAt(NOW));
        discussion.openUntil = NOW;
        assertEquals(DiscussionStatus.CLOSED, discussion.statusAt(NOW));
        discussion.openUntil = null;
        discussion.status = DiscussionStatus.CLOSED;
        assertEquals(DiscussionStatus.CLOSED, discussion.statusAt(NOW));
    }

    @Test
    void participationNeedsAnOpenDiscussionATrustedAccountIfAskedAndAnAddressInTheAudience() {
        Discussion discussion = discussion(true, "25701", "25703");
        assertNull(RULES.participation(actor(person(true, "25701000001")), discussion, false, NOW));
        assertNull(RULES.participation(actor(person(true, "25703000001")), discussion, false, NOW));
        assertEquals(ProblemType.UNTRUSTED_ACCOUNT,
                RULES.participation(actor(person(false, "25701000001")), discussion, false, NOW).type());
        ApiException outside = RULES.participation(actor(person(true, "25714000001")), discussion, false, NOW);
        assertEquals("discussion.audience.outside", outside.key());
        assertEquals("25701, 25703", outside.args()[0]);
        assertEquals("discussion.audience.no-address",
                RULES.participation(actor(person(true, null)), discussion, false, NOW).key());
        assertNull(RULES.participation(actor(person(false, null)), discussion, true, NOW),
                "the organisation replying as itself is no resident");
        discussion.openUntil = NOW;
        assertEquals("discussion.closed", RULES.participation(actor(person(true, "25701000001")), discussion, true, NOW).key());
        discussion.openUntil = null;
        discussion.trustedOnly = false;
        assertNull(RULES.participation(actor(person(false, "25701000001")), discussion, false, NOW));
    }

    @Test
    void theAuthorEditsWithinFifteenMinutesWhileTheDiscussionIsOpen() {
        Comment comment = comment(1, 0, null);
        comment.discussion = discussion(false, "25");
        comment.createdAt = NOW.minus(Duration.ofMinutes(14));
        assertNull(RULES.editRefusal(comment, NOW));
        comment.createdAt = NOW.minus(Duration.ofMinutes(15));
        assertEquals("comment.edit.too-late", RULES.editRefusal(comment, NOW).key());
        comment.createdAt = NOW;
        comment.discussion.status = DiscussionStatus.CLOSED;
        assertEquals("discussion.closed", RULES.editRefusal(comment, NOW).key());
    }

    @Test
    void repliesNestToDepthFiveAndBelowThatHangUnderTheDepthFiveAncestor() {
        Comment top = comment(1, 0, null);
        assertEquals(new DiscussionRules.Placement(1L, 1L, 1L, 1), DiscussionRules.replyTo(top, null));
        Comment four = comment(5, 4, 1L);
        assertEquals(new DiscussionRules.Placement(5L, 5L, 1L, 5), DiscussionRules.replyTo(four, null));
        Comment five = comment(6, 5, 1L);
        five.parentId = 5L;
        assertEquals(new DiscussionRules.Placement(6L, 6L, 1L, 5), DiscussionRules.replyTo(five, four),
                "a reply to the depth-5 ancestor hangs under it");
        Comment deeper = comment(7, 5, 1L);
        deeper.parentId = 6L;
        assertEquals(new DiscussionRules.Placement(6L, 7L, 1L, 5), DiscussionRules.replyTo(deeper, five),
                "a reply to one of its replies hangs under it too, answering the reply");
    }

    @Test
    void aNameIsShownAsGivenNameAndInitial() {
        assertEquals("Мария И.", DiscussionRules.displayName(new Caller.PersonName("Иванова Мария Сергеевна", "Иванова", "Мария", "Сергеевна")));
        assertEquals("Пётр С.", DiscussionRules.displayName(new Caller.PersonName("Сидоров Пётр Ильич", null, null, null)));
        assertEquals("Анна", DiscussionRules.displayName(new Caller.PersonName(null, null, " Анна ", null)));
        assertEquals("Участник", DiscussionRules.displayName(new Caller.PersonName(null, null, null, null)));
        assertEquals("Олег Ё.", DiscussionRules.displayName(new Caller.PersonName(null, "ёлкин", "Олег", null)));
    }

    @Test
    void aNewDiscussionsAudienceIsItsRegionOrPrefixesInOneRegion() {
        List<ApiException.Violation> violations = new ArrayList<>();
        assertArrayEquals(new String[] { "25" }, DiscussionRules.audience(null, "25701000", violations));
        assertArrayEquals(new String[] { "25701", "25703" }, DiscussionRules.audience(
                new DiscussionInput.Audience(AudienceKind.OKTMO, List.of("25703", "25701", "25703")), "25701000", violations));
        assertTrue(violations.isEmpty());
        DiscussionRules.audience(new DiscussionInput.Audience(AudienceKind.OKTMO, List.of("25703", "04701")), "25701000",
                violations);
        DiscussionRules.audience(new DiscussionInput.Audience(AudienceKind.OKTMO, List.of()), "25701000", violations);
        DiscussionRules.audience(new DiscussionInput.Audience(AudienceKind.REGION, List.of("25")), "25701000", violations);
        assertEquals(List.of("discussion.audience.one-region", "discussion.audience.prefixes.required",
                "discussion.audience.prefixes.not-allowed"), violations.stream().map(ApiException.Violation::key).toList());
    }

    @Test
    void whoSeesAndWhoActsOnAComment() {
        Comment pending = comment(1, 0, null);
        pending.status = CommentStatus.PENDING;
        pending.authorOid = "100";
        DiscussionActor author = new DiscussionActor(caller("100", Set.of()), Map.of());
        DiscussionActor other = new DiscussionActor(caller("200", Set.of()), Map.of());
        DiscussionActor moderator = new DiscussionActor(caller("300", Set.of(PlatformRole.MODERATOR)), Map.of());
        DiscussionActor orgAdmin = new DiscussionActor(caller("400", Set.of()), Map.of(7L, OrgRole.ORG_ADMIN));
        DiscussionActor official = new DiscussionActor(caller("500", Set.of()), Map.of(7L, OrgRole.OFFICIAL));
        DiscussionActor anonymous = new DiscussionActor(Caller.ANONYMOUS, Map.of());
        assertTrue(author.canSee(pending) && moderator.canSee(pending) && orgAdmin.canSee(pending));
        assertFalse(other.canSee(pending) || official.canSee(pending) || anonymous.canSee(pending));
        pending.status = CommentStatus.DELETED;
        assertFalse(other.canSee(pending), "deleted before anyone saw it");
        assertTrue(author.canSee(pending));
        pending.publishedAt = NOW;
        assertTrue(other.canSee(pending), "a tombstone of a published comment");
        pending.status = CommentStatus.VISIBLE;
        assertTrue(other.canSee(pending) && anonymous.canSee(pending));
        assertTrue(orgAdmin.mayPerform(CommentAction.MODERATE, pending) && moderator.mayPerform(CommentAction.MODERATE, pending));
        assertFalse(official.mayPerform(CommentAction.MODERATE, pending) || author.mayPerform(CommentAction.MODERATE, pending));
        assertTrue(author.mayPerform(CommentAction.EDIT, pending) && author.mayPerform(CommentAction.DELETE, pending));
        assertFalse(moderator.mayPerform(CommentAction.DELETE, pending) || orgAdmin.mayPerform(CommentAction.EDIT, pending));
        assertEquals("ORG_ADMIN", orgAdmin.roleFor(CommentAction.MODERATE, pending));
        assertEquals(7L, orgAdmin.actingFor(CommentAction.MODERATE, pending));
        assertNull(moderator.actingFor(CommentAction.MODERATE, pending));
        assertEquals(List.of(7L), orgAdmin.administered());
    }

    private static Discussion discussion(boolean trustedOnly, String... audience) {
        Discussion discussion = new Discussion();
        discussion.id = 3L;
        discussion.organisationId = 7L;
        discussion.status = DiscussionStatus.OPEN;
        discussion.trustedOnly = trustedOnly;
        discussion.audienceOktmo = audience;
        return discussion;
    }

    private static Comment comment(long id, int depth, Long root) {
        Comment comment = new Comment();
        comment.id = id;
        comment.depth = depth;
        comment.rootId = root;
        comment.organisationId = 7L;
        comment.status = CommentStatus.VISIBLE;
        return comment;
    }

    private static Caller person(boolean trusted, String oktmo) {
        return new Caller("100", trusted, new Caller.PersonName(null, null, null, null), Set.of(), List.of(), oktmo);
    }

    private static Caller caller(String oid, Set<PlatformRole> roles) {
        return new Caller(oid, true, new Caller.PersonName(null, null, null, null), roles, List.of(), "25701000001");
    }

    private static DiscussionActor actor(Caller caller) {
        return new DiscussionActor(caller, Map.of());
    }
}
