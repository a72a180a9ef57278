package ru.otklik.organisations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisation of the directory: a state body, a local government or a public institution.
 * Write model only; the API reads organisations through {@code OrganisationQueries}.
 * The categories it handles live in {@code organisation_category}, written by the service.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(nullable = false)
    public String inn;

    @Column(nullable = false)
    public String ogrn;

    @Column(name = "esia_oid")
    public String esiaOid;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String oktmo;

    @Column(name = "parent_id")
    public Long parentId;

    public boolean verified;

    public boolean connected;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(20)[]", nullable = false)
    public String[] widgets = new String[0];

    public String phone;

    public String email;

    public String website;

    @Column(name = "public_page_url")
    public String publicPageUrl;

    public String address;

    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
