package ru.otklik.discussions.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a text contains a word of the obscene-word list ({@code discussions/obscene-words.txt}: roots, prefixes and
 * exceptions, see its header). The text is normalised first, because people disguise such words:
 * <ul>
 * <li>lower case, ё → е, Ukrainian and Belarusian look-alikes (і, ї, є, ґ, ў);</li>
 * <li>Latin letters and digits read as every Cyrillic letter they may stand for (a Latin "b" may be б, в or ь; "0"
 * is о; "6" is б); the text is read a second time with the usual transliteration digraphs ("sh", "ya", ...);</li>
 * <li>an asterisk stands for any one letter; a match needs at least two real letters and no more asterisks than
 * real letters, and asterisks that open a word (Markdown emphasis) are dropped;</li>
 * <li>three or more single letters separated by spaces or punctuation are read as one word ("х у й" style), while
 * two are not (initials such as "Е. Б.");</li>
 * <li>repeated letters are collapsed, in the text and in the list alike.</li>
 * </ul>
 * Roots are anchored to the start of a word or to a prefix there, because ordinary words contain the same letters
 * inside them. Pure: tested without Quarkus ({@code ObsceneWordsTest}), both ways.
 */
@ApplicationScoped
public class ObsceneWords {

    static final String RESOURCE = "discussions/obscene-words.txt";
    private static final String ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
    private static final long WILDCARD = 1L << 40;
    private static final long NOTHING = 0L;
    private static final int SHORTEST_JOINED_RUN = 3;
    private static final String[][] DIGRAPHS = { { "sch", "щ" }, { "sh", "ш" }, { "ch", "ч" }, { "zh", "ж" },
            { "kh", "х" }, { "ts", "ц" }, { "ya", "я" }, { "ja", "я" }, { "yu", "ю" }, { "ju", "ю" }, { "yo", "е" },
            { "jo", "е" } };
    private static final String[][] LOOK_ALIKES = { { "a", "а" }, { "b", "бвь" }, { "c", "с" }, { "d", "д" },
            { "e", "е" }, { "f", "ф" }, { "g", "г" }, { "h", "нх" }, { "i", "и" }, { "j", "й" }, { "k", "к" },
            { "l", "л" }, { "m", "м" }, { "n", "нп" }, { "o", "о" }, { "p", "рп" }, { "q", "к" }, { "r", "рг" },
            { "s", "с" }, { "t", "т" }, { "u", "уи" }, { "v", "в" }, { "w", "шв" }, { "x", "х" }, { "y", "уйы" },
            { "z", "з" }, { "0", "о" }, { "1", "и" }, { "3", "з" }, { "4", "ч" }, { "6", "б" }, { "8", "в" },
            { "9", "я" }, { "@", "а" }, { "$", "с" }, { "ё", "е" }, { "і", "и" }, { "ї", "и" }, { "є", "е" },
            { "ґ", "г" }, { "ў", "у" } };

    private enum Mode {
        ANCHORED, ANYWHERE, WHOLE
    }

    private record Root(long[] letters, Mode mode) {
    }

    private final List<long[]> prefixes = new ArrayList<>();
    private final List<Root> roots = new ArrayList<>();
    private final List<long[]> exceptions = new ArrayList<>();

    public ObsceneWords() {
        this(read());
    }

    ObsceneWords(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("prefix ")) {
                entries(line.substring(7)).forEach(prefixes::add);
            } else if (line.startsWith("except ")) {
                entries(line.substring(7)).forEach(exceptions::add);
            } else if (line.startsWith("~")) {
                roots.add(new Root(word(line.substring(1)), Mode.ANYWHERE));
            } else if (line.startsWith("=")) {
                roots.add(new Root(word(line.substring(1)), Mode.WHOLE));
            } else {
                roots.add(new Root(word(line), Mode.ANCHORED));
            }
        }
    }

    /** Whether the text contains a listed word, however disguised. */
    public boolean foundIn(String text) {
        return text != null && (words(text, true).stream().anyMatch(this::obscene)
                || words(text, false).stream().anyMatch(this::obscene));
    }

    private boolean obscene(long[] word) {
        if (exceptions.stream().anyMatch(exception -> startsWith(word, 0, exception, true))) {
            return false;
        }
        List<Integer> anchors = new ArrayList<>();
        anchors.add(0);
        prefixes.stream().filter(prefix -> startsWith(word, 0, prefix, false)).forEach(prefix -> anchors.add(prefix.length));
        for (Root root : roots) {
            if (root.mode() == Mode.ANYWHERE) {
                for (int start = 0; start + root.letters().length <= word.length; start++) {
                    if (matches(word, start, root.letters())) {
                        return true;
                    }
                }
                continue;
            }
            for (int start : anchors) {
                boolean whole = root.mode() != Mode.WHOLE || start + root.letters().length == word.length;
                if (whole && matches(word, start, root.letters())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The root at {@code start}, with enough real letters around the asterisks to mean it. */
    private static boolean matches(long[] word, int start, long[] root) {
        if (start + root.length > word.length) {
            return false;
        }
        int real = 0;
        int wild = 0;
        for (int i = 0; i < root.length; i++) {
            long letter = word[start + i];
            if (letter == WILDCARD) {
                wild++;
            } else if ((letter & root[i]) != 0) {
                real++;
            } else {
                return false;
            }
        }
        return real >= 2 && real >= wild;
    }

    private static boolean startsWith(long[] word, int start, long[] stem, boolean wildcards) {
        if (start + stem.length > word.length) {
            return false;
        }
        for (int i = 0; i < stem.length; i++) {
            long letter = word[start + i];
            boolean same = letter == WILDCARD ? wildcards : (letter & stem[i]) != 0;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The text as words of letter sets (each a bit mask of the Cyrillic letters it may be). */
    static List<long[]> words(String text) {
        return words(text, false);
    }

    /** With {@code digraphs}, Latin pairs such as "ya" are read as one letter; without, as two (as in "xyu"). */
    private static List<long[]> words(String text, boolean digraphs) {
        List<long[]> pieces = pieces(text.toLowerCase(Locale.ROOT), digraphs);
        List<long[]> words = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int run = i;
            while (run < pieces.size() && pieces.get(run).length == 1) {
                run++;
            }
            if (run - i >= SHORTEST_JOINED_RUN) {
                long[] joined = new long[run - i];
                for (int k = i; k < run; k++) {
                    joined[k - i] = pieces.get(k)[0];
                }
                words.add(collapsed(joined));
                i = run;
            } else {
                words.add(collapsed(pieces.get(i)));
                i++;
            }
        }
        return words;
    }

    private static List<long[]> entries(String line) {
        return Arrays.stream(line.strip().split("\\s+")).map(ObsceneWords::word).toList();
    }

    private static long[] word(String entry) {
        List<long[]> words = words(entry);
        if (words.size() != 1) {
            throw new IllegalStateException("Not one word in the obscene-word list: " + entry);
        }
        return words.get(0);
    }

    /** Runs of letters between separators (spaces, punctuation), opening asterisks dropped. */
    private static List<long[]> pieces(String text, boolean digraphs) {
        List<long[]> pieces = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            String digraph = digraphs && i < text.length() ? digraphAt(text, i) : null;
            if (digraph != null) {
                current.add(mask(DIGRAPHS[digraphIndex(digraph)][1]));
                i += digraph.length();
                continue;
            }
            long letter = letter(c);
            if (letter == NOTHING && !Character.isLetterOrDigit(c)) {
                if (!current.isEmpty()) {
                    pieces.add(current.stream().mapToLong(Long::longValue).toArray());
                    current.clear();
                }
            } else if (!(letter == WILDCARD && current.isEmpty())) {
                current.add(letter);
            }
            i++;
        }
        return pieces;
    }

    private static String digraphAt(String text, int i) {
        for (String[] digraph : DIGRAPHS) {
            if (text.startsWith(digraph[0], i)) {
                return digraph[0];
            }
        }
        return null;
    }

    private static int digraphIndex(String digraph) {
        for (int i = 0; i < DIGRAPHS.length; i++) {
            if (DIGRAPHS[i][0].equals(digraph)) {
                return i;
            }
        }
        throw new IllegalArgumentException(digraph);
    }

    /** The letters a character may stand for; a letter of another script or an unlisted digit stands for none. */
    private static long letter(char c) {
        if (c == '*') {
            return WILDCARD;
        }
        int index = ALPHABET.indexOf(c);
        if (index >= 0) {
            return 1L << index;
        }
        for (String[] alike : LOOK_ALIKES) {
            if (alike[0].charAt(0) == c) {
                return mask(alike[1]);
            }
        }
        return NOTHING;
    }

    private static long mask(String letters) {
        long mask = 0;
        for (char letter : letters.toCharArray()) {
            mask |= 1L << ALPHABET.indexOf(letter);
        }
        return mask;
    }

    private static long[] collapsed(long[] letters) {
        long[] out = new long[letters.length];
        int n = 0;
        for (long letter : letters) {
            if (n == 0 || letter != out[n - 1] || letter == WILDCARD) {
                out[n++] = letter;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static List<String> read() {
        InputStream stream = ObsceneWords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("The obscene-word list " + RESOURCE + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
