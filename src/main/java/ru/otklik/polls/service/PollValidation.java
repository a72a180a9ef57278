package ru.otklik.polls.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ru.otklik.polls.AudienceKind;
import ru.otklik.polls.Poll;
import ru.otklik.polls.QuestionKind;
import ru.otklik.polls.dto.AudienceInput;
import ru.otklik.polls.dto.PollInput;
import ru.otklik.polls.dto.Question;
import ru.otklik.polls.dto.QuestionInput;
import ru.otklik.shared.problem.ApiException.Violation;

/**
 * What a poll must be, beyond the format of each field (bean validation): a draft may be incomplete but never
 * contradictory ({@link #draft}); publication needs it whole and sane ({@link #publication}). Every violation names
 * its field as the poll's body spells it ({@code questions[1].options}). Pure: tested without Quarkus.
 */
public final class PollValidation {

    static final int MIN_OPTIONS = 2;
    static final int MAX_SCALE_POINTS = 21;

    private PollValidation() {
    }

    /** Contradictions a draft may not hold: fields foreign to a question's kind, an end before the start, ... */
    public static List<Violation> draft(PollInput input, String regionPrefix) {
        List<Violation> violations = new ArrayList<>();
        audience(input.audience(), regionPrefix, violations);
        if (input.startsAt() != null && input.endsAt() != null && !input.endsAt().isAfter(input.startsAt())) {
            violations.add(new Violation("endsAt", "poll.ends.before-start"));
        }
        for (int i = 0; i < input.questions().size(); i++) {
            question("questions[" + i + "]", input.questions().get(i), violations);
        }
        return violations;
    }

    private static void audience(AudienceInput audience, String regionPrefix, List<Violation> violations) {
        List<String> prefixes = audience.oktmoPrefixes() == null ? List.of() : audience.oktmoPrefixes();
        if (audience.kind() == AudienceKind.REGION) {
            if (!prefixes.isEmpty()) {
                violations.add(new Violation("audience.oktmoPrefixes", "poll.audience.region-has-no-prefixes"));
            }
            return;
        }
        if (prefixes.isEmpty()) {
            violations.add(new Violation("audience.oktmoPrefixes", "poll.audience.prefixes-required"));
        }
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            if (prefix != null && !prefix.startsWith(regionPrefix)) {
                violations.add(new Violation("audience.oktmoPrefixes[" + i + "]", "poll.audience.outside-region", regionPrefix));
            }
        }
    }

    private static void question(String field, QuestionInput question, List<Violation> violations) {
        QuestionKind kind = question.kind();
        boolean choice = kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE;
        foreign(field, "options", question.options() != null && !choice, kind, violations);
        foreign(field, "minChoices", question.minChoices() != null && kind != QuestionKind.MULTIPLE, kind, violations);
        foreign(field, "maxChoices", question.maxChoices() != null && kind != QuestionKind.MULTIPLE, kind, violations);
        foreign(field, "scaleMin", question.scaleMin() != null && kind != QuestionKind.SCALE, kind, violations);
        foreign(field, "scaleMax", question.scaleMax() != null && kind != QuestionKind.SCALE, kind, violations);
        foreign(field, "minLabel", question.minLabel() != null && kind != QuestionKind.SCALE, kind, violations);
        foreign(field, "maxLabel", question.maxLabel() != null && kind != QuestionKind.SCALE, kind, violations);
        foreign(field, "maxLength", question.maxLength() != null && kind != QuestionKind.TEXT, kind, violations);
        if (question.options() != null) {
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < question.options().size(); j++) {
                String option = question.options().get(j);
                if (option != null && !seen.add(option.toLowerCase(Locale.ROOT))) {
                    violations.add(new Violation(field + ".options[" + j + "]", "poll.question.option-twice"));
                }
            }
        }
        if (question.minChoices() != null && question.maxChoices() != null && question.minChoices() > question.maxChoices()) {
            violations.add(new Violation(field + ".maxChoices", "poll.question.max-below-min"));
        }
        if (question.scaleMin() != null && question.scaleMax() != null) {
            int points = question.scaleMax() - question.scaleMin() + 1;
            if (points < 2 || points > MAX_SCALE_POINTS) {
                violations.add(new Violation(field + ".scaleMax", "poll.question.scale-range", MAX_SCALE_POINTS));
            }
        }
    }

    private static void foreign(String field, String name, boolean given, QuestionKind kind, List<Violation> violations) {
        if (given) {
            violations.add(new Violation(field + "." + name, "poll.question.field-foreign", kind.name()));
        }
    }

    /**
     * What publication needs besides: a window that ends after it starts and starts not more than {@code startGrace}
     * ago, at least one question, 2..20 distinct options, choices within the options, both ends of every scale.
     */
    public static List<Violation> publication(Poll poll, List<Question> questions, Instant now, Duration startGrace) {
        List<Violation> violations = new ArrayList<>();
        if (poll.startsAt == null) {
            violations.add(new Violation("startsAt", "poll.publish.starts-required"));
        } else if (poll.startsAt.isBefore(now.minus(startGrace))) {
            violations.add(new Violation("startsAt", "poll.publish.starts-past", startGrace.toMinutes()));
        }
        if (poll.endsAt == null) {
            violations.add(new Violation("endsAt", "poll.publish.ends-required"));
        } else if (!poll.endsAt.isAfter(now)) {
            violations.add(new Violation("endsAt", "poll.publish.ends-past"));
        }
        if (questions.isEmpty()) {
            violations.add(new Violation("questions", "poll.publish.no-questions"));
        }
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String field = "questions[" + i + "]";
            switch (question.kind()) {
                case SINGLE, MULTIPLE -> {
                    int options = question.options() == null ? 0 : question.options().size();
                    if (options < MIN_OPTIONS) {
                        violations.add(new Violation(field + ".options", "poll.publish.options", MIN_OPTIONS));
                    } else if (question.kind() == QuestionKind.MULTIPLE && question.maxChoices() > options) {
                        violations.add(new Violation(field + ".maxChoices", "poll.publish.max-choices", options));
                    }
                }
                case SCALE -> {
                    if (question.scaleMin() == null) {
                        violations.add(new Violation(field + ".scaleMin", "poll.publish.scale-end"));
                    }
                    if (question.scaleMax() == null) {
                        violations.add(new Violation(field + ".scaleMax", "poll.publish.scale-end"));
                    }
                }
                case TEXT -> {
                    // its length has a default
                }
            }
        }
        return violations;
    }
}
