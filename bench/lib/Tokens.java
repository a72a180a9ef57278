import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Tokens for bench/run.sh: a fresh RSA key whose public half the packaged app is told to trust
 * (QUARKUS_OIDC_PUBLIC_KEY, with the issuer below), and ESIA-like access tokens signed with it, as the identity
 * provider would issue them. JDK only, run as a source file: java bench/lib/Tokens.java DIR VOTERS ORG_OID
 * Writes DIR/public-key (base64 X.509), DIR/{citizen,official,moderator} and DIR/voters (one token a line).
 */
public final class Tokens {

    static final String ISSUER = "https://bench.otklik.local/issuer";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int voters = Integer.parseInt(args[1]);
        String organisationOid = args[2];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        Files.writeString(dir.resolve("public-key"), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        Files.writeString(dir.resolve("citizen"), sign(signer, person("2000000001", "[]", "[]")));
        Files.writeString(dir.resolve("official"), sign(signer, person("1000200000", "[]",
                "[{\"oid\":\"" + organisationOid + "\",\"role\":\"OFFICIAL\"}]")));
        Files.writeString(dir.resolve("moderator"), sign(signer, person("1000100021", "[\"MODERATOR\"]", "[]")));
        List<String> lines = new ArrayList<>(voters);
        for (int i = 0; i < voters; i++) {
            lines.add(sign(signer, person(Long.toString(3_000_000_000L + i), "[]", "[]")));
        }
        Files.write(dir.resolve("voters"), lines);
    }

    private static String person(String oid, String roles, String organisations) {
        long now = System.currentTimeMillis() / 1000;
        return "{\"iss\":\"" + ISSUER + "\",\"iat\":" + now + ",\"exp\":" + (now + 86_400) + ",\"sub\":\"" + oid
                + "\",\"urn:esia:sbj_id\":\"" + oid + "\",\"trusted\":true,\"name\":\"Тестов Тест Тестович\","
                + "\"family_name\":\"Тестов\",\"given_name\":\"Тест\",\"middle_name\":\"Тестович\","
                + "\"oktmo\":\"25701000001\",\"roles\":" + roles + ",\"urn:esia:orgs\":" + organisations + "}";
    }

    private static String sign(Signature signer, String claims) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(signer.sign());
    }
}
