package ru.otklik.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.service.AppealRules;
import ru.otklik.calendar.ProductionCalendar;

/**
 * Appeals with known times for statistics tests, written straight into the table (the API stamps "now"), but with
 * the day of filing and the deadline set by the application's own rules ({@link AppealRules#today},
 * {@link AppealRules#setDeadline}) on the production calendar, as filing and moderation would. Each test creates its
 * own organisations and categories and filters by them, so other tests' appeals never count.
 */
public final class StatsFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");

    private final Pool pool;
    private final AppealRules rules;
    private final ProductionCalendar calendar;

    public StatsFixtures(Pool pool, AppealRules rules, ProductionCalendar calendar) {
        this.pool = pool;
        this.rules = rules;
        this.calendar = calendar;
    }

    /** An organisation of the test's own, under {@code parent} (or at the top), through the admin API. */
    public static long organisation(String name, Long parent, String esiaOid) {
        var body = Directory.organisation(name, "25701000001");
        body.put("kind", parent == null ? "LOCAL_GOVERNMENT" : "INSTITUTION");
        body.put("parentId", parent);
        body.put("esiaOid", esiaOid);
        return Directory.create(body);
    }

    /** A category of the test's own; codes are made unique per run. */
    public static long category(String code, Long parent, int deadlineDays) {
        return Directory.createCategory(code + "-" + SEQUENCE.incrementAndGet(), parent, deadlineDays);
    }

    /** Irkutsk local time as an instant: {@code irkutsk("2026-03-05T10:00")}. */
    public static Instant irkutsk(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(IRKUTSK).toInstant();
    }

    public Builder appeal(long organisationId, long categoryId) {
        return new Builder(organisationId, categoryId);
    }

    /** One appeal: filed at {@link #filed}, optionally registered (with its deadline), answered, rated, re-examined. */
    public final class Builder {
        private final long organisationId;
        private final long categoryId;
        private Instant filed;
        private Instant registered;
        private int deadlineDays = 10;
        private Instant answered;
        private Integer rating;
        private boolean reopened;
        private boolean priority;
        private String status;
        private String channel = "PORTAL";
        private String oktmo = "25701000001";

        private Builder(long organisationId, long categoryId) {
            this.organisationId = organisationId;
            this.categoryId = categoryId;
        }

        public Builder filed(Instant at) {
            this.filed = at;
            return this;
        }

        /** Registered at this time with a deadline of so many working days, counted as moderation counts them. */
        public Builder registered(Instant at, int workingDays) {
            this.registered = at;
            this.deadlineDays = workingDays;
            return this;
        }

        public Builder answered(Instant at) {
            this.answered = at;
            return this;
        }

        public Builder rated(int value) {
            this.rating = value;
            return this;
        }

        public Builder reopened() {
            this.reopened = true;
            return this;
        }

        public Builder priority() {
            this.priority = true;
            return this;
        }

        public Builder rejected() {
            this.status = "REJECTED";
            return this;
        }

        public Builder channel(String value) {
            this.channel = value;
            return this;
        }

        public Builder oktmo(String value) {
            this.oktmo = value;
            return this;
        }

        /** Inserts it and returns its id. */
        public long insert() {
            Appeal appeal = new Appeal();
            appeal.regionCode = "38";
            Instant created = filed != null ? filed : registered != null ? registered.minusSeconds(600) : Instant.now();
            LocalDate createdOn = rules.today(appeal, created);
            if (registered != null) {
                rules.setDeadline(appeal, calendar, rules.today(appeal, registered), deadlineDays);
            }
            String state = status != null ? status
                    : answered != null ? (rating != null ? "CLOSED" : "ANSWERED")
                    : registered != null ? "IN_PROGRESS" : "SUBMITTED";
            List<Object> values = new ArrayList<>(Arrays.asList(
                    "ST-" + SEQUENCE.incrementAndGet(), Numbers.oid(), channel, categoryId, organisationId, oktmo,
                    state, priority, deadlineDays, offset(registered), appeal.dueDate, offset(appeal.dueAt), reopened,
                    offset(answered), rating == null ? null : rating.shortValue(), offset(created), createdOn));
            return pool.preparedQuery("""
                    insert into appeal (number, author_oid, channel, category_id, organisation_id, region_code, oktmo,
                                        text, status, priority, deadline_days, registered_at, due_date, due_at, reopened,
                                        answered_at, answer_text, rating, rejection_reason, created_at, created_on,
                                        updated_at)
                    values ($1, $2, $3, $4, $5, '38', $6, 'Обращение для проверки статистики', $7, $8, $9, $10, $11,
                            $12, $13, $14, case when $14::timestamptz is not null then 'Ответ' end, $15,
                            case when $7 = 'REJECTED' then 'SPAM' end, $16, $17, $16)
                    returning id""")
                    .execute(Tuple.from(values))
                    .await().indefinitely()
                    .iterator().next().getLong("id");
        }
    }

    private static java.time.OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
