package ru.otklik.dev;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a newcomer can be in dev mode. Their organisations are the seeded Irkutsk oblast ones
 * ({@code db/dev/R__dev_irkutsk.sql}); all names and contacts are invented.
 */
enum DevPersona {

    CITIZEN("citizen", "Гражданин с упрощённой (неподтверждённой) учётной записью", "1000100001", false,
            "Петров", "Пётр", "Петрович", "25701000001", List.of(), List.of()),
    TRUSTED_CITIZEN("trusted-citizen", "Гражданин с подтверждённой учётной записью, Иркутск", "1000100002", true,
            "Иванова", "Мария", "Сергеевна", "25701000001", List.of(), List.of()),
    OTHER_CITIZEN("other-citizen", "Другой гражданин с подтверждённой учётной записью, Ангарск", "1000100003", true,
            "Сидоров", "Алексей", "Иванович", "25703000001", List.of(), List.of()),
    OFFICIAL("official", "Сотрудник администрации г. Иркутска (OFFICIAL)", "1000100010", true,
            "Кузнецова", "Ольга", "Викторовна", "25701000001", List.of(), List.of(Map.of("oid", "1000038001", "role", "OFFICIAL"))),
    ORG_ADMIN("org-admin", "Администратор страницы Минздрава Иркутской области (ORG_ADMIN)", "1000100011", true,
            "Смирнов", "Дмитрий", "Олегович", "25701000001", List.of(), List.of(Map.of("oid", "1000038002", "role", "ORG_ADMIN"))),
    OPERATOR("operator", "Оператор контакт-центра 122 (OPERATOR)", "1000100020", true,
            "Волкова", "Анна", "Павловна", "25701000001", List.of("OPERATOR"), List.of()),
    MODERATOR("moderator", "Модератор платформы (MODERATOR)", "1000100021", true,
            "Морозов", "Игорь", "Николаевич", "25701000001", List.of("MODERATOR"), List.of()),
    ADMIN("admin", "Администратор платформы (ADMIN)", "1000100022", true,
            "Лебедева", "Елена", "Андреевна", "25701000001", List.of("ADMIN"), List.of()),
    /** Not a person: a client-credentials token of the sample partner of {@code db/dev/R__dev_partners.sql}. */
    PARTNER("partner", "Интеграционный партнёр: CRM администрации г. Иркутска (PARTNER, client irkutsk-city-crm)",
            "service-account-irkutsk-city-crm", "irkutsk-city-crm");

    final String slug;
    final String description;
    private final String oid;
    private final boolean trusted;
    private final String familyName;
    private final String givenName;
    private final String middleName;
    private final String oktmo;
    private final List<String> roles;
    private final List<Map<String, String>> organisations;
    private final String clientId;

    DevPersona(String slug, String description, String oid, boolean trusted, String familyName, String givenName,
            String middleName, String oktmo, List<String> roles, List<Map<String, String>> organisations) {
        this.slug = slug;
        this.description = description;
        this.oid = oid;
        this.trusted = trusted;
        this.familyName = familyName;
        this.givenName = givenName;
        this.middleName = middleName;
        this.oktmo = oktmo;
        this.roles = roles;
        this.organisations = organisations;
        this.clientId = null;
    }

    /** An integration partner's OIDC client: its service account and client id, the role PARTNER, no person. */
    DevPersona(String slug, String description, String serviceAccount, String clientId) {
        this.slug = slug;
        this.description = description;
        this.oid = serviceAccount;
        this.trusted = false;
        this.familyName = null;
        this.givenName = null;
        this.middleName = null;
        this.oktmo = null;
        this.roles = List.of("PARTNER");
        this.organisations = List.of();
        this.clientId = clientId;
    }

    static DevPersona bySlug(String slug) {
        for (DevPersona persona : values()) {
            if (persona.slug.equals(slug)) {
                return persona;
            }
        }
        return null;
    }

    /** ESIA-like claims, as an identity provider brokering ESIA would issue them. */
    Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (clientId != null) {
            // a client-credentials token as Keycloak issues it: the service account, the client, its roles
            claims.put("sub", oid);
            claims.put("azp", clientId);
            claims.put("client_id", clientId);
            claims.put("roles", roles);
            return claims;
        }
        claims.put("sub", oid);
        claims.put("urn:esia:sbj_id", oid);
        claims.put("trusted", trusted);
        claims.put("name", familyName + " " + givenName + " " + middleName);
        claims.put("family_name", familyName);
        claims.put("given_name", givenName);
        claims.put("middle_name", middleName);
        claims.put("email", slug + "@example.org");
        claims.put("phone_number", "+7900" + oid.substring(3));
        claims.put("oktmo", oktmo);
        claims.put("roles", roles);
        claims.put("urn:esia:orgs", organisations);
        return claims;
    }
}
