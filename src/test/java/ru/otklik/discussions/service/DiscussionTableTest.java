package ru.otklik.discussions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.otklik.discussions.CommentAction.DELETE;
import static ru.otklik.discussions.CommentAction.EDIT;
import static ru.otklik.discussions.CommentAction.MODERATE;
import static ru.otklik.discussions.CommentAction.OFFICIAL_REPLY;
import static ru.otklik.discussions.CommentAction.POST;
import static ru.otklik.discussions.CommentStatus.DELETED;
import static ru.otklik.discussions.CommentStatus.HIDDEN;
import static ru.otklik.discussions.CommentStatus.PENDING;
import static ru.otklik.discussions.CommentStatus.VISIBLE;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.otklik.discussions.CommentAction;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.DiscussionAction;
import ru.otklik.discussions.DiscussionStatus;

/** The tables of discussions and comments say what the diagrams in their status enums say. */
class DiscussionTableTest {

    @Test
    void aDiscussionOpensAndCloses() {
        assertEquals(DiscussionStatus.OPEN, DiscussionAction.TABLE.transition(DiscussionAction.CREATE, null, null).to());
        assertEquals("discussion.opened", DiscussionAction.TABLE.transition(DiscussionAction.CREATE, null, null).event());
        assertEquals("discussion.closed",
                DiscussionAction.TABLE.transition(DiscussionAction.CLOSE, DiscussionStatus.OPEN, null).event());
        assertEquals(List.of(DiscussionAction.CLOSE), DiscussionAction.TABLE.actionsFrom(DiscussionStatus.OPEN));
        assertEquals(List.of(), DiscussionAction.TABLE.actionsFrom(DiscussionStatus.CLOSED));
    }

    @Test
    void eachCommentStatusOffersExactlyTheActionsOfTheDiagram() {
        Map<CommentStatus, List<CommentAction>> diagram = Map.of(
                PENDING, List.of(MODERATE, EDIT, DELETE),
                VISIBLE, List.of(MODERATE, EDIT, DELETE),
                HIDDEN, List.of(MODERATE, DELETE),
                DELETED, List.of());
        for (CommentStatus status : CommentStatus.values()) {
            assertEquals(diagram.get(status), CommentAction.TABLE.actionsFrom(status), "from " + status);
        }
    }

    @Test
    void commentPostedIsPublishedExactlyWhenACommentBecomesVisibleToEveryone() {
        assertEquals("comment.submitted", CommentAction.TABLE.transition(POST, null, PENDING).event());
        assertEquals("comment.posted", CommentAction.TABLE.transition(POST, null, VISIBLE).event());
        assertEquals("comment.official_reply", CommentAction.TABLE.transition(OFFICIAL_REPLY, null, null).event());
        assertEquals("comment.posted", CommentAction.TABLE.transition(MODERATE, PENDING, VISIBLE).event());
        assertEquals("comment.restored", CommentAction.TABLE.transition(MODERATE, HIDDEN, VISIBLE).event());
        assertEquals("comment.hidden", CommentAction.TABLE.transition(MODERATE, VISIBLE, HIDDEN).event());
        assertEquals("comment.hidden", CommentAction.TABLE.transition(MODERATE, PENDING, HIDDEN).event());
        assertThrows(IllegalStateException.class, () -> CommentAction.TABLE.transition(POST, null, null),
                "posting must say whether the comment waits");
        assertThrows(IllegalStateException.class, () -> CommentAction.TABLE.transition(OFFICIAL_REPLY, null, PENDING),
                "an official reply never waits");
    }

    @Test
    void anEditStaysPendingOrChoosesBetweenVisibleAndBackToModeration() {
        assertNull(CommentAction.TABLE.transition(EDIT, PENDING, null).to());
        assertEquals(VISIBLE, CommentAction.TABLE.transition(EDIT, VISIBLE, VISIBLE).to());
        assertEquals(PENDING, CommentAction.TABLE.transition(EDIT, VISIBLE, PENDING).to());
        assertThrows(IllegalStateException.class, () -> CommentAction.TABLE.transition(EDIT, VISIBLE, null));
        assertEquals(DELETED, CommentAction.TABLE.transition(DELETE, HIDDEN, null).to());
    }

    @Test
    void theTablesPublishTheCatalogueOfTheReadme() {
        assertEquals(List.of("discussion.opened", "discussion.closed"), DiscussionAction.TABLE.events());
        assertEquals(List.of("comment.submitted", "comment.posted", "comment.official_reply", "comment.hidden",
                "comment.restored", "comment.edited", "comment.deleted"), CommentAction.TABLE.events());
    }
}
