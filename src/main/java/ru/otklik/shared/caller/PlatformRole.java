package ru.otklik.shared.caller;

/** Platform-wide roles from the token's {@code roles} claim (or the identity provider's realm roles). */
public enum PlatformRole {
    OPERATOR,
    MODERATOR,
    ADMIN,
    /** An integration partner's OIDC client (client credentials); the registry says which organisations it serves. */
    PARTNER;

    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String MODERATOR_NAME = "MODERATOR";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String PARTNER_NAME = "PARTNER";
}
