package ru.otklik.polls.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The arithmetic of results, exact and stated once. Pure: tested without Quarkus.
 * <ul>
 * <li>{@link #shares}: percentages with one decimal that add up to exactly 100.0, by the largest remainder method
 * (Hare): every share is first rounded down to 0.1; the tenths still missing go one each to the shares with the
 * largest remainders, ties to the one listed first. All 0.0 while the total is 0.</li>
 * <li>{@link #percent}: one share alone, rounded half up to 0.1 (for figures that do not add up to 100).</li>
 * <li>{@link #mean}: rounded half up to 0.01; {@link #median}: the middle value, and with an even number of answers
 * the mean of the two middle ones (so 3.5 is a possible median of a 1..5 scale).</li>
 * </ul>
 */
public final class ResultsMath {

    /** Tenths of a percent in a whole: shares are given to 0.1. */
    private static final long TENTHS = 1000;

    private ResultsMath() {
    }

    public static BigDecimal[] shares(long[] counts) {
        long total = Arrays.stream(counts).sum();
        BigDecimal[] shares = new BigDecimal[counts.length];
        if (total == 0) {
            Arrays.fill(shares, BigDecimal.ZERO.setScale(1));
            return shares;
        }
        long[] tenths = new long[counts.length];
        long[] remainders = new long[counts.length];
        long given = 0;
        for (int i = 0; i < counts.length; i++) {
            // exact in long arithmetic: counts are ballots, far below Long.MAX_VALUE / 1000
            tenths[i] = counts[i] * TENTHS / total;
            remainders[i] = counts[i] * TENTHS % total;
            given += tenths[i];
        }
        Integer[] order = IntStream.range(0, counts.length).boxed().toArray(Integer[]::new);
        // a stable sort: equal remainders keep the order the options are listed in
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> remainders[i]).reversed());
        for (int k = 0; given < TENTHS; k++, given++) {
            tenths[order[k]]++;
        }
        for (int i = 0; i < counts.length; i++) {
            shares[i] = BigDecimal.valueOf(tenths[i], 1);
        }
        return shares;
    }

    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The mean of a distribution ({@code counts[i]} answers of {@code values[i]}); null without answers. */
    public static BigDecimal mean(int[] values, long[] counts) {
        long n = Arrays.stream(counts).sum();
        if (n == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * counts[i];
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    /** The median of a distribution whose values are in ascending order; null without answers. */
    public static BigDecimal median(int[] values, long[] counts) {
        long n = Arrays.stream(counts).sum();
        if (n == 0) {
            return null;
        }
        int lower = valueAt(values, counts, (n + 1) / 2);
        int upper = valueAt(values, counts, n / 2 + 1);
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(lower)
                : BigDecimal.valueOf(lower + (long) upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
        return median.setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The value of the {@code position}-th answer (1-based) in ascending order. */
    private static int valueAt(int[] values, long[] counts, long position) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (seen >= position) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("Position " + position + " beyond " + seen + " answers");
    }
}
