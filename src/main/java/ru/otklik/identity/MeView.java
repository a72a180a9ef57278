package ru.otklik.identity;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.shared.caller.OrgRole;
import ru.otklik.shared.caller.PlatformRole;

/** The caller as the API understands them. No contacts: the platform never echoes e-mail or phone. */
@Schema(name = "Me", description = "The caller as the token says", requiredProperties = { "oid", "trusted", "roles", "organisations" })
public record MeView(
        @Schema(description = "ESIA oid", example = "1000100002") String oid,
        @Schema(description = "Confirmed account: may file appeals and vote") boolean trusted,
        @Schema(example = "Иванова Мария Сергеевна") String name,
        Set<PlatformRole> roles,
        List<OrganisationRoleView> organisations,
        @Schema(description = "OKTMO of the registration address", example = "25701000001") String oktmo,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "An integration partner's OIDC client id (azp or client_id), for callers with the role PARTNER", example = "irkutsk-city-crm") String clientId) {

    @Schema(name = "OrganisationRole", requiredProperties = { "oid", "role" })
    public record OrganisationRoleView(
            @Schema(description = "ESIA oid of the organisation", example = "1000038001") String oid,
            OrgRole role,
            @Schema(description = "Directory id, null when the organisation is not in the directory", example = "12") Long organisationId,
            @Schema(example = "Администрация г. Иркутска") String shortName) {
    }
}
