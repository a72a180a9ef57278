package ru.otklik.shared.caller;

/** What a person does for an organisation ({@code urn:esia:orgs[].role}). */
public enum OrgRole {
    /** Works the organisation's inbox: takes, answers, redirects appeals. */
    OFFICIAL,
    /** Manages the organisation's page, polls and discussions, and acts as an official too. */
    ORG_ADMIN
}
