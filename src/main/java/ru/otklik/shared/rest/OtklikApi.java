package ru.otklik.shared.rest;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API as a whole, for its OpenAPI document: what it is, and every tag an operation may carry, each declared once
 * with its description (resources name their tag only: {@code @Tag(name = "appeals")}). Partners' generators make one
 * client class per tag, so a new feature adds its tag here; {@code OpenApiConventionsTest} fails for a tag used by an
 * operation but not declared. The servers are configuration ({@code quarkus.smallrye-openapi.servers}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Otklik API", version = "1.0", description = OtklikApi.DESCRIPTION),
        tags = {
                @Tag(name = "me", description = "The caller: who the token says they are, and the organisations they act for"),
                @Tag(name = "organisations", description = "Directory of connected organisations: search, subordinates, and its upkeep by an ADMIN"),
                @Tag(name = "categories", description = "The tree of appeal topics and their answer deadlines"),
                @Tag(name = "routing", description = "Which organisation handles appeals of a category from a place, and the rules that decide it"),
                @Tag(name = "appeals", description = "Citizens' appeals: filing, reading, files, and the lifecycle actions (see the state diagram in the README)"),
                @Tag(name = "discussions", description = "Public discussions of organisations' drafts, with threaded comments, reactions and moderation"),
                @Tag(name = "calendar", description = "The production calendar that answer deadlines are counted on"),
                @Tag(name = "statistics", description = "Figures of appeals on demand: the annual report, and tables by period, topic, organisation"),
                @Tag(name = "polls", description = "Polls of organisations: residents answer once, results are exact, ballots stay secret; see the README"),
                @Tag(name = "partners", description = "Integration partners: their OIDC clients, organisations and limits"),
                @Tag(name = "webhooks", description = "Signed (Standard Webhooks) deliveries of outbox events to partners"),
                @Tag(name = "live", description = "Events of the outbox as they commit, as Server-Sent Events"),
                @Tag(name = "devices", description = "The caller's mobile devices that receive push notifications"),
                @Tag(name = "sync", description = "Offline sync for mobile apps: what changed for the caller since a cursor, with tombstones"),
                @Tag(name = "open311", description = "Open311 GeoReport v2 (JSON and XML); api_key is an access token"),
                @Tag(name = "audit", description = "The audit trail of privileged actions, for platform administrators") })
public class OtklikApi extends Application {

    static final String DESCRIPTION = """
            Citizen feedback platform (Платформа обратной связи): the directory of organisations, categories and \
            routing, citizens' appeals, polls with secret ballots, public discussions, the production calendar, \
            statistics, and for integration partners signed webhooks, a live event stream and Open311 GeoReport v2.

            **Authentication**: an ESIA-like OIDC access token as `Authorization: Bearer …`. Operations whose \
            `security` lists an empty requirement (`{}`) work without a token too, and may show more with one.

            **Errors** are RFC 9457 `application/problem+json` with a stable `type` under \
            https://otklik.ru/problems/ (validation, malformed-body, unauthorized, forbidden, untrusted-account, \
            not-found, no-route, method-not-allowed, not-acceptable, conflict, duplicate, invalid-transition, \
            payload-too-large, unsupported-media-type, unsupported-attachment, unroutable, idempotency-key-reused, \
            too-many-requests, calendar-missing, internal, service-unavailable), `title`/`detail` in Russian or English by \
            Accept-Language, and `errors[]` naming each invalid field.

            **Lists** are keyset-paginated: `?limit=&cursor=`, the next page's cursor is `nextCursor` (null on the last \
            page). **Retries**: writes accept an `Idempotency-Key`; the same key and body replay the first answer \
            (`Idempotent-Replayed: true`). **Versions**: reads carry an `ETag`; actions accept it as `If-Match`.""";
}
