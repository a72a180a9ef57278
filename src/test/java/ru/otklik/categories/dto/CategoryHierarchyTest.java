package ru.otklik.categories.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CategoryHierarchyTest {

    private final CategoryHierarchy tree = CategoryHierarchy.of(List.of(
            category(1, null), category(2, 1L), category(3, 2L), category(4, 1L), category(5, null)));

    @Test
    void aSubtreeHoldsTheCategoryAndEverythingBelowIt() {
        assertEquals(Set.of(1L, 2L, 3L, 4L), Set.copyOf(tree.subtree(1)));
        assertEquals(Set.of(2L, 3L), Set.copyOf(tree.subtree(2)));
        assertEquals(List.of(5L), tree.subtree(5));
        assertEquals(List.of(), tree.subtree(99));
    }

    @Test
    void everyCategoryHasItsTopLevelTopic() {
        assertEquals(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L, 5L, 5L), tree.topics());
        assertNull(tree.topOf(99));
    }

    private static CategoryView category(long id, Long parent) {
        return new CategoryView(id, parent, "c" + id, "Категория " + id, 10, false, true, List.of());
    }
}
