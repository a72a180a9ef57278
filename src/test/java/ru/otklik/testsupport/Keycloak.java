package ru.otklik.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tokens from the local Keycloak ({@link KeycloakTestResource}) obtained the way real clients obtain them: the mobile
 * app by the authorization code flow with PKCE, its login page filled in as a browser would, and a partner by client
 * credentials.
 */
public final class Keycloak {

    public static final String PASSWORD = "otklik";
    public static final String MOBILE = "otklik-mobile";
    public static final String MOBILE_REDIRECT = "ru.otklik.mobile:/oauth2redirect";
    public static final String PARTNER = "otklik-partner-demo";
    public static final String PARTNER_SECRET = "otklik-partner-demo-dev-secret";

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private Keycloak() {
    }

    /** The issuer of the otklik realm, e.g. {@code http://localhost:8180/realms/otklik}. */
    public static String issuer() {
        return ConfigProvider.getConfig().getValue(KeycloakTestResource.ISSUER_PROPERTY, String.class);
    }

    /** Where the realms of the server live ({@code http://localhost:8180}). */
    public static String server() {
        String issuer = issuer();
        return issuer.substring(0, issuer.indexOf("/realms/"));
    }

    /** An access token of a sample user, through the whole mobile flow. */
    public static String mobileToken(String username) {
        Pkce pkce = Pkce.create();
        Response exchanged = exchange(authorize(username, pkce.challenge()), pkce.verifier());
        if (exchanged.status() != 200) {
            throw new IllegalStateException("The code exchange for " + username + " was refused: " + exchanged.body());
        }
        return exchanged.json().get("access_token").asText();
    }

    /**
     * What a browser does when the app opens the authorization endpoint: load the login page, post the person's
     * username and password to its form with the session cookies, and stop at the redirect to the app's custom scheme.
     * Returns the authorization code of that redirect.
     */
    public static String authorize(String username, String codeChallenge) {
        Map<String, String> cookies = new LinkedHashMap<>();
        String state = random(16);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", MOBILE);
        query.put("redirect_uri", MOBILE_REDIRECT);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("state", state);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/auth?" + form(query))), cookies);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("No login page: " + page.statusCode() + " " + page.body());
        }
        HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(URI.create(loginAction(page.body())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", PASSWORD, "credentialId", "")))),
                cookies);
        String location = loggedIn.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("Login of " + username + " was not redirected: " + loggedIn.statusCode()));
        if (!location.startsWith(MOBILE_REDIRECT + "?")) {
            throw new IllegalStateException("Login of " + username + " was redirected elsewhere: " + location);
        }
        Map<String, String> returned = parseQuery(location.substring(location.indexOf('?') + 1));
        if (!state.equals(returned.get("state")) || returned.get("code") == null) {
            throw new IllegalStateException("Unexpected redirect: " + location);
        }
        return returned.get("code");
    }

    /**
     * Opens the authorization endpoint with these parameters and returns where Keycloak sends the browser at once
     * ({@code Location}), or null when it shows a page instead (its login form).
     */
    public static String authorizationRedirect(Map<String, String> query) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/auth?" + form(query))), null);
        return response.headers().firstValue("Location").orElse(null);
    }

    /** The app's code exchange at the token endpoint, as Keycloak answers it. */
    public static Response exchange(String code, String codeVerifier) {
        return token(issuer(), Map.of("grant_type", "authorization_code", "client_id", MOBILE, "code", code,
                "redirect_uri", MOBILE_REDIRECT, "code_verifier", codeVerifier));
    }

    /** A token of a confidential client by the client credentials grant, from the realm of {@code issuer}. */
    public static String clientToken(String issuer, String clientId, String secret) {
        Response response = token(issuer, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        if (response.status() != 200) {
            throw new IllegalStateException("Client credentials of " + clientId + " refused: " + response.body());
        }
        return response.json().get("access_token").asText();
    }

    public static String partnerToken() {
        return clientToken(issuer(), PARTNER, PARTNER_SECRET);
    }

    /** The claims of a token, read without verification (the tests check what Keycloak put there). */
    public static JsonNode claims(String jwt) {
        return decodePart(jwt.split("\\.")[1]);
    }

    /** The {@code aud} of a token: one string or an array of them. */
    public static List<String> audiences(String jwt) {
        JsonNode aud = claims(jwt).path("aud");
        List<String> audiences = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> audiences.add(a.asText()));
        } else if (aud.isTextual()) {
            audiences.add(aud.asText());
        }
        return audiences;
    }

    public static JsonNode header(String jwt) {
        return decodePart(jwt.split("\\.")[0]);
    }

    /** A PKCE pair: the secret verifier the app keeps and the S256 challenge it sends. */
    public record Pkce(String verifier, String challenge) {

        public static Pkce create() {
            String verifier = random(32);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An HTTP answer of Keycloak. */
    public record Response(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Any request to the realm's token endpoint, as Keycloak answers it. */
    public static Response token(String issuer, Map<String, String> parameters) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))), null);
        return new Response(response.statusCode(), response.body());
    }

    /** Sends a request with the cookies a browser would have (localhost counts as secure, as in browsers). */
    static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies) {
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (cookies != null) {
                for (String header : response.headers().allValues("Set-Cookie")) {
                    String pair = header.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String loginAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("No login form in the page");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("The login form has no action");
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static JsonNode decodePart(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
