package ru.otklik.polls.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import ru.otklik.organisations.OrganisationKind;
import ru.otklik.organisations.dto.ContactsView;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.polls.AudienceKind;
import ru.otklik.polls.Poll;
import ru.otklik.polls.PollStatus;
import ru.otklik.polls.QuestionKind;
import ru.otklik.polls.ResultsVisibility;
import ru.otklik.polls.dto.Question;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.OrgRole;

/** Polls, people and questions for the rules' tests, without Quarkus. */
final class PollFixtures {

    static final long CITY_HALL = 2;
    static final String CITY_HALL_OID = "1000038001";
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private PollFixtures() {
    }

    static Poll poll(PollStatus status, Instant startsAt, Instant endsAt) {
        Poll poll = new Poll();
        poll.id = 7L;
        poll.organisationId = CITY_HALL;
        poll.status = status;
        poll.startsAt = startsAt;
        poll.endsAt = endsAt;
        poll.audienceKind = AudienceKind.OKTMO;
        poll.audienceOktmo = new String[] { "25701", "25714000" };
        poll.resultsVisibility = ResultsVisibility.ALWAYS;
        return poll;
    }

    /** Published, started an hour ago, ends in a day. */
    static Poll open() {
        return poll(PollStatus.PUBLISHED, NOW.minusSeconds(3600), NOW.plusSeconds(86400));
    }

    static PollActor citizen(String oktmo, boolean trusted) {
        return PollActor.person(new Caller("1000100002", trusted, null, Set.of(), List.of(), oktmo), List.of());
    }

    static PollActor official(long organisationId, String esiaOid, OrgRole role) {
        Caller caller = new Caller("1000100010", true, null, Set.of(), List.of(new Caller.Membership(esiaOid, role)), "25701000001");
        return PollActor.person(caller, List.of(organisation(organisationId, esiaOid)));
    }

    static PollActor cityOfficial() {
        return official(CITY_HALL, CITY_HALL_OID, OrgRole.OFFICIAL);
    }

    static OrganisationView organisation(long id, String esiaOid) {
        return new OrganisationView(id, OrganisationKind.LOCAL_GOVERNMENT, "Администрация", "Администрация", "3808022226",
                "1023801358030", esiaOid, "38", "25701000", null, true, true, Set.of(), ContactsView.NONE, null, List.of(),
                true, 0);
    }

    static Question single(int id, boolean required, String... options) {
        return new Question(id, QuestionKind.SINGLE, "Вопрос " + id, required, options(options), null, null,
                null, null, null, null, null);
    }

    static Question multiple(int id, int min, int max, String... options) {
        return new Question(id, QuestionKind.MULTIPLE, "Вопрос " + id, false, options(options), min, max,
                null, null, null, null, null);
    }

    static Question scale(int id, int min, int max) {
        return new Question(id, QuestionKind.SCALE, "Вопрос " + id, false, null, null, null, min, max,
                null, null, null);
    }

    static Question text(int id, int maxLength) {
        return new Question(id, QuestionKind.TEXT, "Вопрос " + id, false, null, null, null, null, null,
                null, null, maxLength);
    }

    private static List<Question.Option> options(String... texts) {
        return IntStream.range(0, texts.length).mapToObj(i -> new Question.Option(i + 1, texts[i])).toList();
    }
}
