package ru.otklik.organisations;

public enum OrganisationKind {
    FEDERAL_BODY,
    REGIONAL_BODY,
    LOCAL_GOVERNMENT,
    INSTITUTION
}
