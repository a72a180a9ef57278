package ru.otklik.organisations.dto;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.organisations.OrganisationKind;
import ru.otklik.organisations.Widget;

@Schema(name = "Organisation", description = "An organisation of the directory", requiredProperties = { "id", "kind", "fullName",
        "shortName", "inn", "ogrn", "regionCode", "oktmo", "verified", "connected", "widgets", "contacts", "categoryIds", "active",
        "version" })
public record OrganisationView(
        @Schema(example = "12") long id,
        OrganisationKind kind,
        @Schema(example = "Областное государственное бюджетное учреждение здравоохранения «Иркутская городская клиническая больница № 1»") String fullName,
        @Schema(example = "ИГКБ № 1") String shortName,
        @Schema(example = "3811000039") String inn,
        @Schema(example = "1023801001234") String ogrn,
        @Schema(example = "1000038001") String esiaOid,
        @Schema(example = "38") String regionCode,
        @Schema(example = "25701000") String oktmo,
        @Schema(description = "The organisation it is subordinate to", example = "3") Long parentId,
        @Schema(description = "Verified page (госметка)") boolean verified,
        @Schema(description = "Connected to the platform: may receive appeals") boolean connected,
        Set<Widget> widgets,
        ContactsView contacts,
        @Schema(example = "664025, г. Иркутск, ул. Ленина, 14") String address,
        @Schema(description = "Ids of the categories the organisation handles", example = "[8, 9]") List<Long> categoryIds,
        @Schema(description = "False once deactivated: kept for history, hidden from the directory") boolean active,
        @Schema(description = "Changes on every update", example = "2") int version) {
}
