package ru.otklik.polls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ru.otklik.polls.PollStatus;
import ru.otklik.polls.dto.Ballot;
import ru.otklik.polls.repository.PollQueries.Counter;
import ru.otklik.polls.repository.PollQueries.Snapshot;
import ru.otklik.polls.dto.PollResultsView;
import ru.otklik.polls.dto.PollResultsView.QuestionResult;

/** Shares add up to exactly 100.0 by the largest remainder method; medians of even counts; the CSV. */
class ResultsMathTest {

    @Test
    void sharesAddUpToExactly100ByTheLargestRemainder() {
        // 3/2/2 of 7: naive rounding gives 42.9 + 28.6 + 28.6 = 100.1
        assertEquals(List.of("42.8", "28.6", "28.6"), strings(ResultsMath.shares(new long[] { 3, 2, 2 })));
        // equal remainders: the first listed gets the missing tenth
        assertEquals(List.of("33.4", "33.3", "33.3"), strings(ResultsMath.shares(new long[] { 1, 1, 1 })));
        assertEquals(List.of("66.7", "33.3"), strings(ResultsMath.shares(new long[] { 2, 1 })));
        assertEquals(List.of("100.0", "0.0"), strings(ResultsMath.shares(new long[] { 5, 0 })));
        assertEquals(List.of("0.0", "0.0", "0.0"), strings(ResultsMath.shares(new long[] { 0, 0, 0 })), "nobody answered");
        Random random = new Random(38);
        for (int run = 0; run < 10_000; run++) {
            long[] counts = random.longs(2 + random.nextInt(19), 0, 1 + random.nextInt(200_000)).toArray();
            if (Arrays.stream(counts).sum() == 0) {
                continue;
            }
            BigDecimal[] shares = ResultsMath.shares(counts);
            assertEquals(new BigDecimal("100.0"), Arrays.stream(shares).reduce(BigDecimal.ZERO, BigDecimal::add), Arrays.toString(counts));
            for (int i = 0; i < counts.length; i++) {
                double exact = counts[i] * 100.0 / Arrays.stream(counts).sum();
                assertTrue(Math.abs(shares[i].doubleValue() - exact) < 0.1, "each share within 0.1 of the exact one");
            }
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        int[] scale = { 1, 2, 3, 4, 5 };
        assertEquals(new BigDecimal("3.5"), ResultsMath.median(scale, new long[] { 0, 1, 2, 2, 1 }));
        assertEquals(new BigDecimal("3.0"), ResultsMath.median(scale, new long[] { 0, 1, 3, 2, 1 }), "odd: the middle one");
        assertEquals(new BigDecimal("1.5"), ResultsMath.median(scale, new long[] { 1, 1, 0, 0, 0 }));
        assertEquals(new BigDecimal("3.50"), ResultsMath.mean(scale, new long[] { 0, 1, 2, 2, 1 }));
        assertEquals(new BigDecimal("3.67"), ResultsMath.mean(scale, new long[] { 0, 0, 1, 2, 0 }));
        assertNull(ResultsMath.median(scale, new long[5]));
        assertNull(ResultsMath.mean(scale, new long[5]));
    }

    @Test
    void multipleChoiceSharesAreOfAllChoicesAndRespondentSharesOfThoseWhoAnswered() {
        var poll = PollFixtures.open();
        var question = PollFixtures.multiple(1, 1, 3, "Свет", "Скамейки", "Дорожки");
        // 3 respondents: {Свет, Скамейки}, {Свет}, {Свет, Скамейки, Дорожки} = 6 choices
        Snapshot snapshot = new Snapshot(List.of(new Counter(0, -1, 3), new Counter(1, -1, 3), new Counter(1, 1, 3),
                new Counter(1, 2, 2), new Counter(1, 3, 1)), List.of(), PollFixtures.NOW);
        QuestionResult result = PollResults.assemble(poll, List.of(question), snapshot, false, PollFixtures.NOW).questions().get(0);
        assertEquals(6L, result.choices());
        assertEquals(List.of("50.0", "33.3", "16.7"), result.options().stream().map(o -> o.share().toPlainString()).toList());
        assertEquals(List.of("100.0", "66.7", "33.3"), result.options().stream().map(o -> o.respondentShare().toPlainString()).toList());
    }

    @Test
    void freeTextAnswersAreTheOwnersOnlyAndTheParticipantsAreTheBallotsCounted() {
        var poll = PollFixtures.open();
        Snapshot snapshot = new Snapshot(List.of(new Counter(0, -1, 2), new Counter(1, -1, 2)),
                List.of(new Ballot.TextAnswer(1, "Фонтан"), new Ballot.TextAnswer(1, "Урны")), PollFixtures.NOW);
        PollResultsView owner = PollResults.assemble(poll, List.of(PollFixtures.text(1, 100)), snapshot, true, PollFixtures.NOW);
        assertEquals(2, owner.participants());
        assertEquals(List.of("Урны", "Фонтан"), owner.questions().get(0).answers().stream().sorted().toList());
        assertNull(PollResults.assemble(poll, List.of(PollFixtures.text(1, 100)), snapshot, false, PollFixtures.NOW)
                .questions().get(0).answers());
        assertEquals(PollStatus.PUBLISHED, owner.status());
    }

    @Test
    void theCsvIsUtf8WithABomAndDefusesFormulas() {
        var poll = PollFixtures.open();
        Snapshot snapshot = new Snapshot(List.of(new Counter(0, -1, 3), new Counter(1, -1, 3), new Counter(1, 1, 2),
                new Counter(1, 2, 1), new Counter(2, -1, 1)), List.of(new Ballot.TextAnswer(2, "=HYPERLINK(\"x\"), да")),
                PollFixtures.NOW);
        byte[] csv = ResultsCsv.write(PollResults.assemble(poll, List.of(PollFixtures.single(1, true, "Кирова", "Сурикова"),
                PollFixtures.text(2, 100)), snapshot, true, PollFixtures.NOW));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]));
        List<String> lines = Stream.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n")).toList();
        assertEquals(List.of(ResultsCsv.HEADER,
                "0,participants,,3,,,,,,",
                "1,Вопрос 1,SINGLE,3,1,Кирова,2,66.7,,",
                "1,Вопрос 1,SINGLE,3,2,Сурикова,1,33.3,,",
                "2,Вопрос 2,TEXT,1,,\"'=HYPERLINK(\"\"x\"\"), да\",,,,"), lines);
    }

    private static List<String> strings(BigDecimal[] shares) {
        return Arrays.stream(shares).map(BigDecimal::toPlainString).toList();
    }
}
