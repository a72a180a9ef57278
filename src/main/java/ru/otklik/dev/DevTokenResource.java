package ru.otklik.dev;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.NonBlocking;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * Dev-mode token issuer: signs ESIA-like access tokens for the personas of {@link DevPersona}, or for any
 * claims, with the in-memory key that the OIDC resource server trusts in dev and test.
 * Removed at build time from any other build profile: the production application has no such endpoint.
 */
@Path("/dev/tokens")
@IfBuildProfile(anyOf = { "dev", "test" })
@Tag(name = "dev", description = "Dev and test builds only (removed from production): tokens for the sample personas, synthetic data")
@NonBlocking
public class DevTokenResource {

    private static final Duration LIFETIME = Duration.ofHours(12);
    /** JSON and plain text are one operation in OpenAPI: the same words on both methods. */
    private static final String TOKEN = "A token for one persona";
    private static final String TOKEN_EXAMPLE = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDAwMTAwMDAyIn0.c2lnbmF0dXJl";
    private static final String TOKEN_DESCRIPTION = "An access token valid for 12 hours: as JSON, or with Accept: text/plain the token alone (for shell scripts).";

    // Both absent when dev mode trusts a real identity provider (quarkus.oidc.auth-server-url): nothing is signed then.
    private final Optional<String> signingKey;
    private final Optional<String> issuer;

    public DevTokenResource(@ConfigProperty(name = DevSigningKey.PRIVATE_KEY_PROPERTY) Optional<String> signingKey,
            @ConfigProperty(name = "quarkus.oidc.token.issuer") Optional<String> issuer) {
        this.signingKey = signingKey;
        this.issuer = issuer;
    }

    // schemas by their properties only: a class-level @Schema would put them into the production document too
    public record PersonaInfo(@Schema(required = true, example = "trusted-citizen") String persona,
            @Schema(required = true, example = "A citizen with a confirmed account, registered in Irkutsk") String description,
            @Schema(required = true, example = "{\"urn:esia:sbj_id\": \"1000100002\", \"trusted\": true}") Map<String, Object> claims) {
    }

    public record TokenResponse(@Schema(required = true, example = "trusted-citizen") String persona,
            @Schema(required = true, example = TOKEN_EXAMPLE) String accessToken,
            @Schema(required = true, example = "Bearer") String tokenType,
            @Schema(required = true, description = "Seconds", example = "43200") long expiresIn) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDevPersonas", summary = "List the dev personas",
            description = "The sample personas of dev and test builds, with the claims their tokens carry.")
    public List<PersonaInfo> personas() {
        return Arrays.stream(DevPersona.values())
                .map(p -> new PersonaInfo(p.slug, p.description, p.claims()))
                .toList();
    }

    @GET
    @Path("/{persona}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDevToken", summary = TOKEN, description = TOKEN_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The token", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    public TokenResponse token(@RestPath String persona) {
        return new TokenResponse(persona, sign(claimsOf(persona)), "Bearer", LIFETIME.toSeconds());
    }

    @GET
    @Path("/{persona}")
    // qs: when a client accepts both (a generated one does), JSON is its answer; the text is for who asks for text only
    @Produces(MediaType.TEXT_PLAIN + ";qs=0.5")
    @Operation(operationId = "getDevToken", summary = TOKEN, description = TOKEN_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The token", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING), example = TOKEN_EXAMPLE))
    public Response rawToken(@RestPath String persona) {
        return Response.ok(sign(claimsOf(persona)), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signDevToken", summary = "A token with any claims",
            description = "Signs the claims given (iss, iat and exp are added unless given) with the dev key the API trusts.")
    public TokenResponse custom(Map<String, Object> claims) {
        return new TokenResponse("custom", sign(claims == null ? Map.of() : claims), "Bearer", LIFETIME.toSeconds());
    }

    private static Map<String, Object> claimsOf(String slug) {
        DevPersona persona = DevPersona.bySlug(slug);
        if (persona == null) {
            throw new ApiException(ProblemType.NOT_FOUND, "dev.persona.unknown", slug);
        }
        return persona.claims();
    }

    private String sign(Map<String, Object> custom) {
        if (signingKey.isEmpty() || issuer.isEmpty()) {
            throw new ApiException(ProblemType.NOT_FOUND, "dev.tokens.off");
        }
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer.get());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        claims.putAll(custom);
        JsonWebSignature jws = new JsonWebSignature();
        JwtClaims jwt = new JwtClaims();
        claims.forEach(jwt::setClaim);
        jws.setPayload(jwt.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(DevSigningKey.privateKey(signingKey.get()));
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a dev token", e);
        }
    }
}
