package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Things that belong to someone, made through the API as their owners would make them: an appeal of citizen A
 * handled by organisation X (Администрация г. Иркутска), X's polls and discussion, A's comment, partner P's webhook
 * subscription, directory entries of the administrator. The shared ones are made once and only read; the fresh ones
 * are made anew for each call that changes them, so that one persona's success never changes what the next one meets.
 */
public final class Ownership {

    public static final String X = Appeals.IRKUTSK_CITY_HALL;
    /** Администрация Ангарского городского округа: not in X's subtree. */
    public static final String Y = Appeals.ANGARSK_CITY_HALL;
    public static final String AUTHOR_OID = "7100000001";
    /** A real photo: its thumbnail is one of the things whose access the matrix checks. */
    private static final byte[] PNG = Images.png(64, 32, false);

    public final long xId = Partners.organisationId(X);
    public final long yId = Partners.organisationId(Y);
    public final String author = Tokens.trustedCitizen(AUTHOR_OID);
    public final String partnerClient = Partners.newClientId();
    public final long partnerId = Partners.register(partnerClient, xId);
    public final String otherPartnerClient = Partners.newClientId();
    public final long otherPartnerId = Partners.register(otherPartnerClient, yId);
    private final Receiver receiver = Receiver.start();
    private final Map<String, Long> unused = new HashMap<>();

    /** Filed by A with a photo, registered by a moderator: X's to work on. */
    public final long appeal;
    public final long attachment;
    public final long draftPoll = draftPoll();
    public final long publishedPoll = publishedPoll();
    public final long discussion = discussion();
    public final long comment;
    public final long subscription = subscription();
    public final long delivery;
    public final long rule = rule();
    public final long category = category();
    public final long organisation = organisation();

    public Ownership() {
        appeal = submittedAppeal();
        attachment = given().auth().oauth2(author).multiPart("file", "photo.png", PNG, "image/png")
                .post("/api/v1/appeals/" + appeal + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        Appeals.register(appeal);
        comment = comment();
        delivery = firstDelivery(subscription);
    }

    /**
     * An object of this kind that no call has changed yet: made once and handed out until {@link #used()} says that a
     * call succeeded (and may have changed it). Refused calls change nothing, so they share one.
     */
    public long fresh(String kind, java.util.function.LongSupplier make) {
        return unused.computeIfAbsent(kind, k -> make.getAsLong());
    }

    /** A call succeeded: every object handed out since may have changed. */
    public void used() {
        unused.clear();
    }

    public String partner() {
        return Partners.token(partnerClient);
    }

    public String otherPartner() {
        return Partners.token(otherPartnerClient);
    }

    public String officialOfX() {
        return Tokens.official("7100000011", X);
    }

    public String orgAdminOfX() {
        return Tokens.orgAdmin("7100000012", X);
    }

    public long submittedAppeal() {
        return Appeals.filePothole(author);
    }

    public long registeredAppeal() {
        long id = submittedAppeal();
        Appeals.register(id);
        return id;
    }

    public long appealInProgress() {
        long id = registeredAppeal();
        Appeals.act(officialOfX(), id, "take", null).statusCode(200);
        return id;
    }

    public long answeredAppeal() {
        long id = appealInProgress();
        Appeals.act(officialOfX(), id, "answer", Map.of("text", "Яма будет заделана в рамках ямочного ремонта до конца месяца."))
                .statusCode(200);
        return id;
    }

    /** A poll of X (named: an official of another organisation would otherwise make one of its own). */
    public Map<String, Object> pollBody() {
        Map<String, Object> body = Polls.squarePoll();
        body.put("organisationId", xId);
        return body;
    }

    public long draftPoll() {
        return Polls.create(officialOfX(), pollBody()).statusCode(201).extract().jsonPath().getLong("id");
    }

    public long publishedPoll() {
        long id = draftPoll();
        Polls.act(officialOfX(), id, "publish").statusCode(200);
        return id;
    }

    /** X's discussion for the whole region, post-moderated: comments are visible at once. */
    public Map<String, Object> discussionBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", xId);
        body.put("title", "Проект благоустройства двора " + Numbers.oid());
        body.put("body", "Обсуждаем проект благоустройства: скамейки, урны, освещение и детская площадка.");
        body.put("moderation", "POST");
        return body;
    }

    public long discussion() {
        return Discussions.open(orgAdminOfX(), discussionBody()).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A's comment in X's discussion, visible to everyone. */
    public long comment() {
        return Discussions.posted(author, discussion, "Предлагаю поставить больше скамеек у детской площадки", null);
    }

    public Map<String, Object> subscriptionBody() {
        return Webhooks.subscription(receiver.url(), List.of("appeal.*"));
    }

    /** P's subscription to appeal events of X. */
    public long subscription() {
        return Webhooks.subscribe(partner(), subscriptionBody()).statusCode(201).extract().jsonPath().getLong("id");
    }

    private long firstDelivery(long subscriptionId) {
        registeredAppeal();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<Integer> ids = Webhooks.deliveries(partner(), subscriptionId).getList("items.id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No delivery to P's subscription " + subscriptionId);
    }

    public Map<String, Object> replayBody() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return Map.of("from", now.minus(1, ChronoUnit.HOURS).toString(), "to", now.toString());
    }

    public Map<String, Object> partnerBody() {
        return Partners.registration(Partners.newClientId(), List.of(xId));
    }

    public long partnerRegistration() {
        return Partners.register(Partners.newClientId(), xId);
    }

    public Map<String, Object> organisationBody() {
        return Directory.organisation("Матрица " + Numbers.oid(), "25701000");
    }

    public long organisation() {
        return Directory.create(organisationBody());
    }

    public Map<String, Object> categoryBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "test.matrix-" + Numbers.oid());
        body.put("name", "Тестовая категория матрицы");
        body.put("deadlineDays", 10);
        return body;
    }

    public long category() {
        return Directory.createCategory("test.matrix-" + Numbers.oid(), null, 10);
    }

    public Map<String, Object> ruleBody() {
        return Map.of("categoryId", category(), "oktmoPrefix", Numbers.oktmoPrefix(), "organisationId", xId);
    }

    public long rule() {
        return Directory.createRule(category(), Numbers.oktmoPrefix(), xId);
    }

    /** A reply to A's comment, so that the thread has one. */
    public long reply() {
        return Discussions.posted(Discussions.resident(), discussion, "Согласен, и урны тоже нужны", comment);
    }

    public void close() {
        receiver.close();
    }
}
