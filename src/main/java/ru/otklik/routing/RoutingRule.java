package ru.otklik.routing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** (category, OKTMO prefix) → the organisation that handles such appeals. An empty prefix covers everywhere. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "category_id", nullable = false)
    public Long categoryId;

    @Column(name = "oktmo_prefix", nullable = false)
    public String oktmoPrefix;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
