package ru.otklik.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The transaction of every write of the kit, and its {@code Idempotency-Key}. The key is claimed in the same
 * transaction as the write, together with the write's outcome (status and resource id): a retry, or twenty copies
 * arriving at once (they wait on the key's row until the first commits), gets the first outcome back and nothing is
 * done twice. A key reused for another request is a 422. Keys are honoured for {@code otklik.idempotency.honoured-for}
 * ({@link IdempotencyKeyPurge} forgets them later).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Printable ASCII without spaces, 1..200 characters. */
    public static final String KEY_PATTERN = "^[\\x21-\\x7e]{1,200}$";
    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    private final ObjectMapper json;
    private final OtklikConfig config;

    public Idempotency(ObjectMapper json, OtklikConfig config) {
        this.json = json;
        this.config = config;
    }

    /** A 400 naming the header when the key is not one we accept; the key itself otherwise (null when absent). */
    public static String checkKey(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "idempotency.key.format");
        }
        return key;
    }

    /**
     * Runs {@code write} in a transaction that also claims the request's key, or finds the outcome of the key's first
     * use. Without a key it just runs {@code write} in a transaction.
     */
    @WithTransaction
    public Uni<Outcome> once(String callerOid, WriteRequest request, Object body, Supplier<Uni<Outcome>> write) {
        String key = request.idempotencyKey();
        if (key == null) {
            return write.get();
        }
        String hash = hash(request.method(), request.path(), body);
        return claim(callerOid, key, hash).chain(claimed -> claimed
                ? write.get().call(outcome -> store(callerOid, key, outcome))
                : stored(callerOid, key, hash));
    }

    /** True when this transaction owns the key now; false when a committed first use exists. */
    private Uni<Boolean> claim(String callerOid, String key, String hash) {
        Instant honouredSince = Instant.now().minus(config.idempotency().honouredFor());
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into idempotency_key (caller_oid, key, request_hash, created_at)
                values (:caller, :key, :hash, now())
                on conflict (caller_oid, key) do update
                    set request_hash = excluded.request_hash, created_at = excluded.created_at,
                        status_code = null, resource_id = null
                    where idempotency_key.created_at < :honouredSince
                returning 1""", Integer.class)
                .setParameter("caller", callerOid)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .setParameter("honouredSince", honouredSince)
                .getResultList())
                .map(rows -> !rows.isEmpty());
    }

    private Uni<Outcome> stored(String callerOid, String key, String hash) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select request_hash, status_code, resource_id from idempotency_key
                where caller_oid = :caller and key = :key""", Object[].class)
                .setParameter("caller", callerOid)
                .setParameter("key", key)
                .getSingleResult())
                .map(row -> {
                    if (!hash.equals(row[0])) {
                        throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency.key.reused");
                    }
                    return new Outcome(((Number) row[1]).intValue(), row[2] == null ? null : ((Number) row[2]).longValue(), true);
                });
    }

    private Uni<Void> store(String callerOid, String key, Outcome outcome) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update idempotency_key set status_code = :status, resource_id = :resource
                where caller_oid = :caller and key = :key""")
                .setParameter("status", outcome.status())
                .setParameter("resource", outcome.resourceId())
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
