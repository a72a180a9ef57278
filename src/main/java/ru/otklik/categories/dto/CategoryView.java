package ru.otklik.categories.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Category", description = "A topic of appeals; children nest in the tree listing",
        requiredProperties = { "id", "code", "name", "deadlineDays", "priority", "active", "sensitive" })
public record CategoryView(
        @Schema(example = "3") long id,
        @Schema(description = "Null for a top-level topic", example = "1") Long parentId,
        @Schema(example = "healthcare.doctor-appointment") String code,
        @Schema(example = "Запись к врачу") String name,
        @Schema(description = "Answer deadline in working days", example = "5") int deadlineDays,
        @Schema(description = "Priority topic (servicemen and their families)") boolean priority,
        @Schema(description = "False once deactivated: kept for history, no longer offered") boolean active,
        @Schema(description = "Subcategories (only in the tree listing)") List<CategoryView> children,
        @Schema(description = "A sensitive topic (health, servicemen): its appeals, and those of its subtopics, never "
                + "appear on the public map") boolean sensitive) {

    public CategoryView(long id, Long parentId, String code, String name, int deadlineDays, boolean priority,
            boolean active, List<CategoryView> children) {
        this(id, parentId, code, name, deadlineDays, priority, active, children, false);
    }
}
