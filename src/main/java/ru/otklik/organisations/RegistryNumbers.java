package ru.otklik.organisations;

/**
 * Check digits of Russian registry numbers: INN (ИНН, 10 digits for a legal entity, 12 for a person) and
 * OGRN (ОГРН, 13 digits) / OGRNIP (ОГРНИП, 15 digits), as the Federal Tax Service defines them.
 */
public final class RegistryNumbers {

    private static final int[] INN10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
    private static final int[] INN12_FIRST = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
    private static final int[] INN12_SECOND = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

    private RegistryNumbers() {
    }

    public static boolean isValidInn(String inn) {
        if (inn == null || !inn.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return switch (inn.length()) {
            case 10 -> checkDigit(inn, INN10) == digit(inn, 9);
            case 12 -> checkDigit(inn, INN12_FIRST) == digit(inn, 10) && checkDigit(inn, INN12_SECOND) == digit(inn, 11);
            default -> false;
        };
    }

    public static boolean isValidOgrn(String ogrn) {
        if (ogrn == null || !ogrn.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return switch (ogrn.length()) {
            case 13 -> Long.parseLong(ogrn.substring(0, 12)) % 11 % 10 == digit(ogrn, 12);
            case 15 -> Long.parseLong(ogrn.substring(0, 14)) % 13 % 10 == digit(ogrn, 14);
            default -> false;
        };
    }

    private static int checkDigit(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(number, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String number, int index) {
        return number.charAt(index) - '0';
    }
}
