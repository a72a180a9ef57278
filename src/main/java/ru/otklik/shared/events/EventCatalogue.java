package ru.otklik.shared.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import ru.otklik.shared.action.Lifecycle;

/**
 * Every event type the platform publishes, gathered from the transition tables of the features: a new feature's
 * events join the catalogue by its {@link Lifecycle} alone. Webhook subscriptions and live streams offer exactly these.
 */
@ApplicationScoped
public class EventCatalogue {

    private final List<String> types;

    public EventCatalogue(Instance<Lifecycle<?, ?, ?, ?>> lifecycles) {
        List<String> all = new ArrayList<>();
        lifecycles.forEach(lifecycle -> {
            all.addAll(lifecycle.machine().events());
            all.addAll(lifecycle.otherEvents());
        });
        this.types = List.copyOf(all);
    }

    public List<String> types() {
        return types;
    }

    /**
     * Whether a pattern of a subscription names events of the catalogue: a type ({@code appeal.answered}), every type
     * of a kind ({@code appeal.*}) or everything ({@code *}).
     */
    public boolean known(String pattern) {
        return types.stream().anyMatch(type -> matches(pattern, type));
    }

    public static boolean matches(String pattern, String type) {
        if ("*".equals(pattern)) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return type.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(type);
    }

    public static boolean matchesAny(List<String> patterns, String type) {
        return patterns.stream().anyMatch(pattern -> matches(pattern, type));
    }
}
