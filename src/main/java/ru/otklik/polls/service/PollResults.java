package ru.otklik.polls.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.polls.Poll;
import ru.otklik.polls.QuestionKind;
import ru.otklik.polls.dto.Ballot;
import ru.otklik.polls.dto.PollResultsView;
import ru.otklik.polls.dto.PollResultsView.OptionResult;
import ru.otklik.polls.dto.PollResultsView.QuestionResult;
import ru.otklik.polls.dto.PollResultsView.ValueResult;
import ru.otklik.polls.dto.Question;
import ru.otklik.polls.repository.PollQueries;
import ru.otklik.polls.repository.PollQueries.Counter;
import ru.otklik.polls.repository.PollQueries.Snapshot;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * A poll's results as its visibility allows ({@link PollRules#resultsRefusal}), from one snapshot of its counters:
 * counts and shares per option ({@link ResultsMath}), the distribution, mean and median of a scale, and free-text
 * answers for the owning organisation only, shuffled, without authors. The owner may also have them as CSV.
 */
@ApplicationScoped
public class PollResults {

    private final PollViews views;
    private final PollQueries queries;
    private final PollQuestions questions;
    private final int textAnswersShown;

    public PollResults(PollViews views, PollQueries queries, PollQuestions questions, OtklikConfig config) {
        this.views = views;
        this.queries = queries;
        this.questions = questions;
        this.textAnswersShown = config.polls().textAnswersShown();
    }

    public Uni<PollResultsView> results(long id) {
        return views.actor().chain(actor -> views.visible(id, actor).chain(stored -> {
            Instant now = Instant.now();
            ApiException refusal = PollRules.resultsRefusal(actor, stored.poll(), stored.voted(), now);
            if (refusal != null) {
                throw refusal;
            }
            boolean owner = actor.owns(stored.poll());
            return queries.snapshot(id, owner ? textAnswersShown : 0)
                    .map(snapshot -> assemble(stored.poll(), questions.read(stored.poll().questions), snapshot, owner, now));
        }));
    }

    /** Every count and every free-text answer, for the owning organisation only, as UTF-8 CSV with a BOM. */
    public Uni<byte[]> csv(long id) {
        return views.actor().chain(actor -> views.visible(id, actor).chain(stored -> {
            if (!actor.owns(stored.poll())) {
                throw new ApiException(ProblemType.FORBIDDEN, "poll.results.csv-owner");
            }
            return queries.snapshot(id, Integer.MAX_VALUE).map(snapshot -> ResultsCsv.write(
                    assemble(stored.poll(), questions.read(stored.poll().questions), snapshot, true, Instant.now())));
        }));
    }

    /** The results of the questions from a snapshot; free-text answers shuffled, and only {@code withTexts}. */
    static PollResultsView assemble(Poll poll, List<Question> asked, Snapshot snapshot, boolean withTexts, Instant now) {
        Map<Ballot.Mark, Long> counts = new HashMap<>();
        for (Counter counter : snapshot.counters()) {
            counts.put(new Ballot.Mark(counter.questionId(), counter.choice()), counter.votes());
        }
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : asked) {
            long respondents = counts.getOrDefault(new Ballot.Mark(question.id(), Ballot.Mark.ANSWERED), 0L);
            results.add(switch (question.kind()) {
                case SINGLE, MULTIPLE -> options(question, respondents, counts);
                case SCALE -> scale(question, respondents, counts);
                case TEXT -> new QuestionResult(question.id(), question.kind(), question.text(), respondents, null, null,
                        null, null, null, withTexts ? texts(question, snapshot) : null);
            });
        }
        return new PollResultsView(poll.id, PollRules.status(poll, now), counts.getOrDefault(Ballot.PARTICIPANT, 0L),
                snapshot.readAt(), List.copyOf(results));
    }

    private static QuestionResult options(Question question, long respondents, Map<Ballot.Mark, Long> counts) {
        long[] chosen = question.options().stream()
                .mapToLong(option -> counts.getOrDefault(new Ballot.Mark(question.id(), option.id()), 0L)).toArray();
        BigDecimal[] shares = ResultsMath.shares(chosen);
        boolean multiple = question.kind() == QuestionKind.MULTIPLE;
        List<OptionResult> options = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            Question.Option option = question.options().get(i);
            options.add(new OptionResult(option.id(), option.text(), chosen[i], shares[i],
                    multiple ? ResultsMath.percent(chosen[i], respondents) : null));
        }
        return new QuestionResult(question.id(), question.kind(), question.text(), respondents,
                multiple ? Arrays.stream(chosen).sum() : null, List.copyOf(options), null, null, null, null);
    }

    private static QuestionResult scale(Question question, long respondents, Map<Ballot.Mark, Long> counts) {
        int points = question.scaleMax() - question.scaleMin() + 1;
        int[] values = new int[points];
        long[] chosen = new long[points];
        for (int i = 0; i < points; i++) {
            values[i] = question.scaleMin() + i;
            chosen[i] = counts.getOrDefault(new Ballot.Mark(question.id(), values[i]), 0L);
        }
        BigDecimal[] shares = ResultsMath.shares(chosen);
        List<ValueResult> distribution = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            distribution.add(new ValueResult(values[i], chosen[i], shares[i]));
        }
        return new QuestionResult(question.id(), question.kind(), question.text(), respondents, null, null,
                List.copyOf(distribution), ResultsMath.mean(values, chosen), ResultsMath.median(values, chosen), null);
    }

    private static List<String> texts(Question question, Snapshot snapshot) {
        List<String> answers = new ArrayList<>(snapshot.texts().stream()
                .filter(text -> text.questionId() == question.id()).map(Ballot.TextAnswer::text).toList());
        Collections.shuffle(answers, ThreadLocalRandom.current());
        return answers;
    }
}
