package ru.otklik.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh registry numbers with valid check digits, so that tests never collide with each other or the sample data. */
public final class Numbers {

    private static final int[] INN10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
    /**
     * INNs have only seven free digits: a few thousand drawn at random would meet (a birthday collision about one run
     * in five), so they are counted from a random start instead.
     */
    private static final AtomicInteger NEXT_INN = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000));

    private Numbers() {
    }

    public static String inn() {
        String body = "99" + String.format("%07d", Math.floorMod(NEXT_INN.getAndIncrement(), 10_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += INN10[i] * (body.charAt(i) - '0');
        }
        return body + (sum % 11 % 10);
    }

    public static String ogrn() {
        String body = "199" + digits(9);
        return body + (Long.parseLong(body) % 11 % 10);
    }

    /** An INN whose check digit is wrong. */
    public static String badInn() {
        String inn = inn();
        return inn.substring(0, 9) + ((inn.charAt(9) - '0' + 1) % 10);
    }

    public static String badOgrn() {
        String ogrn = ogrn();
        return ogrn.substring(0, 12) + ((ogrn.charAt(12) - '0' + 1) % 10);
    }

    /** A made-up municipality OKTMO (region 99 does not exist in the sample data). */
    public static String oktmoPrefix() {
        return "99" + digits(3);
    }

    public static String oid() {
        return "7" + digits(9);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
