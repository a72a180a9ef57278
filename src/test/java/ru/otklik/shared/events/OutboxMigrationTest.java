package ru.otklik.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A database that had appeal history and events before the shared outbox keeps every one of them: migrated to V4 in a
 * database of its own, given a redirected appeal's life in the old tables, then migrated on.
 */
@QuarkusTest
class OutboxMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void appealHistoryAndEventsMoveIntoTheOutboxInOrderWithTheirPayloads() throws SQLException {
        String database = "outbox_migration_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
        String databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration").target("4").load().migrate();
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into organisation (id, kind, full_name, short_name, inn, ogrn, region_code, oktmo, verified, connected,
                                              widgets, active, created_at, updated_at)
                    values (1, 'LOCAL_GOVERNMENT', 'Администрация А', 'А', '3808131271', '1053808211555', '38', '25701000', true, true,
                            '{}', true, now(), now()),
                           (2, 'LOCAL_GOVERNMENT', 'Администрация Б', 'Б', '3801131372', '1053801211556', '38', '25703000', true, true,
                            '{}', true, now(), now());
                    insert into appeal (id, number, author_oid, channel, category_id, organisation_id, region_code, oktmo, text,
                                        status, deadline_days, registered_at, created_at, created_on, updated_at)
                    values (1, '38-2025-000001', '1000100002', 'MOBILE', (select min(id) from category), 2, '38', '25701000001',
                            'Текст обращения', 'REDIRECTED', 10, '2025-03-02 10:00Z', '2025-03-01 10:00Z', '2025-03-01', now());
                    insert into appeal_history (appeal_id, at, action, actor_oid, actor_role, actor_organisation_id, from_status,
                                                to_status, reason, details)
                    values (1, '2025-03-01 10:00Z', 'SUBMIT', '1000100002', 'CITIZEN', null, null, 'SUBMITTED', null,
                            '{"organisationId": 1, "ruleId": 3}'),
                           (1, '2025-03-02 10:00Z', 'MODERATE', '1000100021', 'MODERATOR', null, 'SUBMITTED', 'REGISTERED', null,
                            '{"dueDate": "2025-03-14"}'),
                           (1, '2025-03-03 10:00Z', 'REDIRECT', '1000100010', 'OFFICIAL', 1, 'REGISTERED', 'REDIRECTED',
                            'Не наш район', '{"fromOrganisationId": 1, "toOrganisationId": 2}');
                    insert into appeal_event (appeal_id, type, occurred_at, payload)
                    values (1, 'appeal.submit', '2025-03-01 10:00Z', '{"appealId": 1, "status": "SUBMITTED", "organisationId": 1}'),
                           (1, 'appeal.moderate', '2025-03-02 10:00Z', '{"appealId": 1, "status": "REGISTERED", "organisationId": 1}'),
                           (1, 'appeal.redirect', '2025-03-03 10:00Z', '{"appealId": 1, "status": "REDIRECTED", "organisationId": 2}');
                    """);
        }
        Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select type, action, organisation_id, subject_oid, actor_organisation_id, reason,
                               payload ->> 'organisationId' as payload_organisation, details ->> 'toOrganisationId' as to_organisation
                        from outbox_event where aggregate_kind = 'appeal' and aggregate_id = 1 order by id""")) {
            List<String> migrated = new ArrayList<>();
            while (rows.next()) {
                migrated.add(String.join("|", rows.getString("type"), rows.getString("action"),
                        String.valueOf(rows.getObject("organisation_id")), rows.getString("subject_oid"),
                        String.valueOf(rows.getObject("actor_organisation_id")), String.valueOf(rows.getString("reason")),
                        rows.getString("payload_organisation"), String.valueOf(rows.getString("to_organisation"))));
            }
            assertEquals(List.of(
                    "appeal.submitted|SUBMIT|null|1000100002|null|null|1|null",
                    "appeal.registered|MODERATE|1|1000100002|null|null|1|null",
                    "appeal.redirected|REDIRECT|2|1000100002|1|Не наш район|2|2"), migrated);
            try (ResultSet tables = statement.executeQuery(
                    "select count(*) from information_schema.tables where table_name in ('appeal_history', 'appeal_event')")) {
                tables.next();
                assertFalse(tables.getInt(1) > 0, "the old tables are gone");
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password); Statement statement = admin.createStatement()) {
                statement.execute("drop database " + database + " with (force)");
            }
        }
    }
}
