package ru.otklik.organisations.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An organisation as the audit trail keeps it before and after a change: its public directory fields (the contacts
 * are the organisation's, published in the directory), never a person's data.
 */
@RegisterForReflection
public record OrganisationAudit(String kind, String fullName, String shortName, String inn, String ogrn, String esiaOid,
        String regionCode, String oktmo, Long parentId, boolean verified, boolean connected, List<String> widgets,
        String phone, String email, String website, String publicPageUrl, String address, boolean active,
        List<Long> categoryIds) {
}
