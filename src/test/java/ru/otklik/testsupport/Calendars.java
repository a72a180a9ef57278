package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Production calendar years through the API, as an administrator loads them, and a year put back as it was. */
public final class Calendars {

    public static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");

    /** The public holidays of the Labour Code (art. 112), as the tests expect the rules to know them. */
    private static final Map<MonthDay, String> HOLIDAYS = new LinkedHashMap<>();

    static {
        for (int day = 1; day <= 8; day++) {
            HOLIDAYS.put(MonthDay.of(1, day), day == 7 ? "Рождество Христово" : "Новогодние каникулы");
        }
        HOLIDAYS.put(MonthDay.of(2, 23), "День защитника Отечества");
        HOLIDAYS.put(MonthDay.of(3, 8), "Международный женский день");
        HOLIDAYS.put(MonthDay.of(5, 1), "Праздник Весны и Труда");
        HOLIDAYS.put(MonthDay.of(5, 9), "День Победы");
        HOLIDAYS.put(MonthDay.of(6, 12), "День России");
        HOLIDAYS.put(MonthDay.of(11, 4), "День народного единства");
    }

    private Calendars() {
    }

    /** The public holidays of a year as JSON days: a plausible year by themselves (no transfers). */
    public static List<Map<String, Object>> holidays(int year) {
        List<Map<String, Object>> days = new ArrayList<>();
        HOLIDAYS.forEach((day, name) -> days.add(day(day.atYear(year), "HOLIDAY", name)));
        return days;
    }

    public static Map<String, Object> day(LocalDate date, String kind, String note) {
        Map<String, Object> day = new HashMap<>();
        day.put("date", date.toString());
        if (kind != null) {
            day.put("kind", kind);
        }
        if (note != null) {
            day.put("note", note);
        }
        return day;
    }

    /** A provisional year of public holidays only, as JSON. */
    public static Map<String, Object> provisional(int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "PROVISIONAL");
        body.put("source", Map.of("basis", "Трудовой кодекс РФ, ст. 112 (тест)"));
        body.put("nonWorkingDays", holidays(year));
        return body;
    }

    /** An official year of public holidays only, as JSON, with a decree made up for the test. */
    public static Map<String, Object> official(int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "OFFICIAL");
        body.put("source", Map.of("decreeNumber", "9" + year, "decreeDate", (year - 1) + "-09-20",
                "url", "https://example.org/decree-" + year));
        body.put("nonWorkingDays", holidays(year));
        return body;
    }

    /** An xmlcalendar document: each day is {d, t} or {d, t, h} (h: the title of a holiday). */
    public static String xml(int year, List<String[]> days) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        StringBuilder daysXml = new StringBuilder();
        for (String[] day : days) {
            daysXml.append("    <day d=\"").append(day[0]).append("\" t=\"").append(day[1]).append('"');
            if (day.length > 2) {
                daysXml.append(" h=\"").append(ids.computeIfAbsent(day[2], title -> ids.size() + 1)).append('"');
            }
            daysXml.append("/>\n");
        }
        StringBuilder holidays = new StringBuilder();
        ids.forEach((title, id) -> holidays.append("    <holiday id=\"").append(id).append("\" title=\"").append(title)
                .append("\"/>\n"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<calendar year=\"" + year + "\" lang=\"ru\" date=\""
                + (year - 1) + ".09.20\" country=\"ru\">\n  <holidays>\n" + holidays + "  </holidays>\n  <days>\n"
                + daysXml + "  </days>\n</calendar>\n";
    }

    /** The public holidays of a year as xmlcalendar days. */
    public static List<String[]> xmlHolidays(int year) {
        List<String[]> days = new ArrayList<>();
        HOLIDAYS.forEach((day, name) -> days.add(new String[] { "%02d.%02d".formatted(day.getMonthValue(), day.getDayOfMonth()),
                "1", name }));
        return days;
    }

    public static ValidatableResponse put(String token, int year, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/" + year).then();
    }

    public static ValidatableResponse putXml(String token, int year, String document, Map<String, Object> query) {
        RequestSpecification request = given().auth().oauth2(token).contentType("application/xml; charset=UTF-8")
                .body(document.getBytes(StandardCharsets.UTF_8));
        query.forEach(request::queryParam);
        return request.when().put("/api/v1/calendar/" + year).then();
    }

    /** The first Monday-to-Friday day after today (in Irkutsk) that the calendar has no row for: a plain working day. */
    public static LocalDate nextPlainWorkingDay(Pool pool) {
        LocalDate day = LocalDate.now(IRKUTSK).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || pool.preparedQuery("select 1 from calendar_day where day = $1").execute(Tuple.of(day))
                        .await().indefinitely().size() > 0) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A year of the calendar as it is now, to put back after a test that changes it. */
    public record Snapshot(int year, Row row, List<Row> days, List<Row> shortened) {

        public static Snapshot of(Pool pool, int year) {
            Row row = pool.preparedQuery("""
                    select status, decree_number, decree_date, source_url, draft_reference, basis, shortened_days_listed
                    from calendar_year where year = $1""").execute(Tuple.of(year)).await().indefinitely().iterator().next();
            return new Snapshot(year, row, rows(pool, "select day, kind, note from calendar_day", year),
                    rows(pool, "select day, note from calendar_shortened_day", year));
        }

        private static List<Row> rows(Pool pool, String select, int year) {
            List<Row> rows = new ArrayList<>();
            pool.preparedQuery(select + " where extract(year from day) = $1").execute(Tuple.of(year))
                    .await().indefinitely().forEach(rows::add);
            return rows;
        }

        /** Puts the year back as it was: what it rests on and every day (the database's triggers tell every instance). */
        public void restore(Pool pool) {
            pool.withTransaction(connection -> connection.preparedQuery("""
                    insert into calendar_year (year, status, decree_number, decree_date, source_url, draft_reference, basis,
                                               shortened_days_listed)
                    values ($1, $2, $3, $4, $5, $6, $7, $8)
                    on conflict (year) do update set status = excluded.status, decree_number = excluded.decree_number,
                        decree_date = excluded.decree_date, source_url = excluded.source_url,
                        draft_reference = excluded.draft_reference, basis = excluded.basis,
                        shortened_days_listed = excluded.shortened_days_listed""")
                    .execute(Tuple.from(Arrays.asList(year, row.getString(0), row.getString(1), row.getLocalDate(2),
                            row.getString(3), row.getString(4), row.getString(5), row.getBoolean(6))))
                    .chain(() -> connection.preparedQuery("delete from calendar_day where extract(year from day) = $1")
                            .execute(Tuple.of(year)))
                    .chain(() -> connection.preparedQuery("delete from calendar_shortened_day where extract(year from day) = $1")
                            .execute(Tuple.of(year)))
                    .chain(() -> days.isEmpty() ? Uni.createFrom().voidItem()
                            : connection.preparedQuery("insert into calendar_day (day, kind, note) values ($1, $2, $3)")
                                    .executeBatch(days.stream().map(day -> Tuple.of(day.getLocalDate(0), day.getString(1),
                                            day.getString(2))).toList()).replaceWithVoid())
                    .chain(() -> shortened.isEmpty() ? Uni.createFrom().voidItem()
                            : connection.preparedQuery("insert into calendar_shortened_day (day, note) values ($1, $2)")
                                    .executeBatch(shortened.stream().map(day -> Tuple.of(day.getLocalDate(0), day.getString(1)))
                                            .toList()).replaceWithVoid()))
                    .await().indefinitely();
        }
    }
}
