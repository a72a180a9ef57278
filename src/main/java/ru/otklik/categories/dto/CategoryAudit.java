package ru.otklik.categories.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A category as the audit trail keeps it before and after a change. */
@RegisterForReflection
public record CategoryAudit(Long parentId, String code, String name, int deadlineDays, boolean priority, boolean active) {
}
