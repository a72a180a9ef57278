package ru.otklik.categories;

import io.smallrye.mutiny.Uni;

/**
 * Implemented by features that refer to categories (organisations, routing rules, appeals, ...). A category that
 * any of them uses is deactivated, not erased.
 */
public interface CategoryUsage {

    Uni<Boolean> usesCategory(long categoryId);
}
