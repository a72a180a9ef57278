package ru.otklik.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words of the obscene-word list ({@code discussions/obscene-words.txt}) as people disguise them, built from the list
 * itself so that no test spells such a word.
 */
public final class ObsceneSamples {

    private static final String LIST = "discussions/obscene-words.txt";
    private static final Map<Character, Character> LATIN = Map.of('а', 'a', 'е', 'e', 'о', 'o', 'р', 'p', 'у', 'y',
            'к', 'k', 'м', 'm', 'д', 'd', 'и', 'u', 'п', 'n');
    private static final Map<Character, Character> DIGITS = Map.of('з', '3', 'о', '0', 'б', '6', 'а', '@', 'я', '9');

    private ObsceneSamples() {
    }

    /** The roots and whole words of the list as written there, without their markers. */
    public static List<String> roots() {
        List<String> roots = new ArrayList<>();
        try (InputStream stream = ObsceneSamples.class.getClassLoader().getResourceAsStream(LIST)) {
            for (String line : new String(stream.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#") && !entry.startsWith("prefix ") && !entry.startsWith("except ")) {
                    roots.add(entry.replaceFirst("^[~=]", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return roots;
    }

    /** Four listed words: in Latin look-alikes, with dots between letters, with an asterisk, with digits and repeats. */
    public static List<String> disguised() {
        List<String> longer = roots().stream().filter(root -> root.length() >= 4).toList();
        String latin = substitute(longer.get(0), LATIN);
        String dotted = String.join(".", longer.get(1).split(""));
        String starred = longer.get(2).charAt(0) + "*" + longer.get(2).substring(2);
        String digits = substitute(longer.get(longer.size() - 1), DIGITS).replaceAll("([аеиоуыя])", "$1$1$1");
        return List.of(latin, dotted, starred, digits);
    }

    public static String substitute(String word, Map<Character, Character> letters) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            out.append(letters.getOrDefault(c, c));
        }
        return out.toString();
    }
}
