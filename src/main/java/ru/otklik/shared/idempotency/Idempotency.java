package ru.otklik.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * {@code Idempotency-Key} for writes a client may retry. The key is claimed in the same transaction as the write,
 * and the first response is stored there too: a retry (or twenty copies arriving at once, which wait on the key's
 * row) gets that response back, and nothing is done twice. A key reused for another request is a 422.
 * Keys are kept for 24 hours at least ({@link IdempotencyKeyPurge}).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final ObjectMapper json;

    public Idempotency(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Runs {@code write} in one transaction with the claim of the key, or replays the response of the key's first
     * use. Without a key it just runs {@code write}.
     *
     * @param request what identifies the request besides the key: method, path and body
     */
    public Uni<Response> run(String callerOid, String key, String method, String path, Object body, Supplier<Uni<Response>> write) {
        if (key == null) {
            return Panache.withTransaction(write);
        }
        if (!KEY.matcher(key).matches()) {
            return Uni.createFrom().failure(ApiException.invalid(HEADER, "idempotency.key.format"));
        }
        String hash = hash(method, path, body);
        return Panache.withTransaction(() -> claim(callerOid, key, hash).chain(claimed -> claimed
                ? write.get().call(response -> store(callerOid, key, response))
                : stored(callerOid, key, hash)));
    }

    /** True when this transaction owns the key now; false when a committed first use exists. */
    private Uni<Boolean> claim(String callerOid, String key, String hash) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into idempotency_key (caller_oid, key, request_hash, created_at)
                values (:caller, :key, :hash, now())
                on conflict (caller_oid, key) do update
                    set request_hash = excluded.request_hash, created_at = excluded.created_at,
                        status_code = null, location = null, response_body = null
                    where idempotency_key.created_at < now() - interval '24 hours'
                returning 1""", Integer.class)
                .setParameter("caller", callerOid)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .getResultList())
                .map(rows -> !rows.isEmpty());
    }

    private Uni<Response> stored(String callerOid, String key, String hash) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select request_hash, status_code, location, response_body from idempotency_key
                where caller_oid = :caller and key = :key""", Object[].class)
                .setParameter("caller", callerOid)
                .setParameter("key", key)
                .getSingleResult())
                .map(row -> {
                    if (!hash.equals(row[0])) {
                        throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency.key.reused");
                    }
                    Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                            .header(REPLAYED_HEADER, "true");
                    if (row[2] != null) {
                        replay.header(HttpHeaders.LOCATION, row[2]);
                    }
                    if (row[3] != null) {
                        replay.type(MediaType.APPLICATION_JSON_TYPE).entity(row[3]);
                    }
                    return replay.build();
                });
    }

    private Uni<Void> store(String callerOid, String key, Response response) {
        String body;
        try {
            body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update idempotency_key set status_code = :status, location = :location, response_body = :body
                where caller_oid = :caller and key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("location", location)
                .setParameter("body", body)
                .setParameter("caller", callerOid)
                .setParameter("key", key)
                .executeUpdate())
                .replaceWithVoid();
    }

    private String hash(String method, String path, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(method, path, body == null ? "" : json.writeValueAsString(body))) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
