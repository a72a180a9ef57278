package ru.otklik.categories.dto;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every category, inactive ones included (appeals keep referring to them), with the tree's questions answered in
 * memory: a subtree, a category's top-level topic. The tree is small reference data, read in one statement.
 */
public record CategoryHierarchy(Map<Long, CategoryView> byId, Map<Long, List<Long>> children) {

    /** Deeper than any real tree: a guard against a cycle the checks on writing should have prevented. */
    private static final int MAX_DEPTH = 32;

    public CategoryHierarchy {
        byId = Map.copyOf(byId);
        children = Map.copyOf(children);
    }

    public static CategoryHierarchy of(List<CategoryView> categories) {
        Map<Long, CategoryView> byId = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        for (CategoryView category : categories) {
            byId.put(category.id(), category);
            if (category.parentId() != null) {
                children.computeIfAbsent(category.parentId(), key -> new ArrayList<>()).add(category.id());
            }
        }
        children.replaceAll((parent, ids) -> List.copyOf(ids));
        return new CategoryHierarchy(byId, children);
    }

    public CategoryView find(long id) {
        return byId.get(id);
    }

    /** The category and all below it; empty when there is no such category. */
    public List<Long> subtree(long id) {
        if (!byId.containsKey(id)) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        Deque<Long> next = new ArrayDeque<>(List.of(id));
        while (!next.isEmpty() && ids.size() <= byId.size()) {
            Long current = next.pop();
            ids.add(current);
            next.addAll(children.getOrDefault(current, List.of()));
        }
        return ids;
    }

    /** The top-level topic the category belongs to (itself for a topic); null when there is no such category. */
    public Long topOf(long id) {
        CategoryView category = byId.get(id);
        for (int depth = 0; category != null && category.parentId() != null && depth < MAX_DEPTH; depth++) {
            CategoryView parent = byId.get(category.parentId());
            if (parent == null) {
                break;
            }
            category = parent;
        }
        return category == null ? null : category.id();
    }

    /** Categories that are sensitive themselves or lie below a sensitive one: kept off the public map. */
    public List<Long> sensitive() {
        return byId.values().stream().filter(category -> {
            CategoryView current = category;
            for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
                if (current.sensitive()) {
                    return true;
                }
                current = current.parentId() == null ? null : byId.get(current.parentId());
            }
            return false;
        }).map(CategoryView::id).sorted().toList();
    }

    /** The top-level topic of every category. */
    public Map<Long, Long> topics() {
        Map<Long, Long> topics = new HashMap<>();
        byId.keySet().forEach(id -> topics.put(id, topOf(id)));
        return topics;
    }
}
