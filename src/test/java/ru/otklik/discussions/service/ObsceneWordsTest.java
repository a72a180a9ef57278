package ru.otklik.discussions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import ru.otklik.testsupport.ObsceneSamples;

/**
 * The obscene-word hold, both ways, without Quarkus. The held forms are built from the list's own roots (so that this
 * file spells none of them) by the disguises people use; the ordinary words are written out.
 */
class ObsceneWordsTest {

    private static final ObsceneWords WORDS = new ObsceneWords();

    /** Cyrillic letters and a Latin letter or digit that looks like them. */
    private static final Map<Character, Character> LATIN = Map.ofEntries(Map.entry('а', 'a'), Map.entry('е', 'e'),
            Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'), Map.entry('х', 'x'), Map.entry('у', 'y'),
            Map.entry('к', 'k'), Map.entry('м', 'm'), Map.entry('т', 't'), Map.entry('н', 'h'), Map.entry('в', 'b'),
            Map.entry('и', 'u'), Map.entry('п', 'n'), Map.entry('д', 'd'), Map.entry('з', 'z'), Map.entry('л', 'l'),
            Map.entry('б', 'b'), Map.entry('й', 'j'), Map.entry('я', '9'), Map.entry('ь', 'b'));
    private static final Map<Character, Character> DIGITS = Map.of('з', '3', 'о', '0', 'б', '6', 'а', '@', 'я', '9',
            'ч', '4');

    @Test
    void everyEntryOfTheListIsHeldAsItIsAndInASentence() {
        assertTrue(roots().size() >= 10, "the list is read");
        forEachRoot(root -> root);
        forEachRoot(root -> "Вот что я думаю: " + root + ", и всё.");
        forEachRoot(root -> root.toUpperCase());
    }

    @Test
    void latinLookAlikesAndDigitsAreReadAsTheLettersTheyStandFor() {
        forEachRoot(root -> substitute(root, LATIN));
        forEachRoot(root -> substitute(root, DIGITS));
        forEachRoot(root -> root.charAt(0) + substitute(root.substring(1), LATIN));
        forEachRoot(ObsceneWordsTest::transliterated);
    }

    @Test
    void theSamplesOtherTestsPostAreHeld() {
        ObsceneSamples.disguised().forEach(sample -> assertTrue(WORDS.foundIn(sample), sample));
    }

    @Test
    void repeatedLettersAreCollapsed() {
        forEachRoot(root -> root.chars().mapToObj(c -> String.valueOf((char) c).repeat(3)).reduce("", String::concat));
    }

    @Test
    void lettersSeparatedBySpacesOrPunctuationAreReadAsOneWord() {
        for (String separator : List.of(" ", ".", "-", "_", " . ", ",")) {
            for (String root : roots()) {
                if (root.length() >= 3) {
                    String spaced = String.join(separator, root.split(""));
                    assertTrue(WORDS.foundIn("ну " + spaced + " же"), spaced);
                }
            }
        }
    }

    @Test
    void anAsteriskStandsForOneLetter() {
        for (String root : roots()) {
            if (root.length() >= 3) {
                String starred = root.charAt(0) + "*" + root.substring(2);
                assertTrue(WORDS.foundIn(starred), starred);
            }
        }
    }

    @Test
    void aRootAfterAPrefixIsHeld() {
        for (String root : roots()) {
            assertTrue(WORDS.foundIn("на" + root), "на" + root);
            assertTrue(WORDS.foundIn("отъ" + root), "отъ" + root);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "оскорблять", "употреблять", "истреблять", "ослаблять", "углублять", "потребляй", "колеблется", "сабля",
            "корабля", "рубля", "оглобля", "гребля", "стебля", "бляха", "страхуй", "застрахуйте", "психуй", "хлебало",
            "колебание", "погребальный", "хлеба", "учеба", "требовать", "ребята", "небо", "небеса", "себе",
            "себестоимость", "дебаты", "команда", "командир", "мандарин", "мандат", "мандолина", "Мандельштам",
            "Аманда", "скипидар", "мудрость", "премудрый", "похудеть", "похуже", "хулиган", "выхухоль", "сукно",
            "эбонит", "гибель", "Е. Б. Иванов", "Е.Б.Иванов", "**Важно**: благоустройство сквера", "*** в 2026 году",
            "т.е. у.е.", "страх.уйти", "страх у йоги", "доехал", "уехал", "не бойтесь", "отбеливатель", "Ханой",
            "Хуан Карлос", "хутор", "Иркутск, ул. Ленина, 12", "300 000 руб.", "6 мая в 3 часа"
    })
    void ordinaryWordsThatContainTheSameLettersAreNotHeld(String text) {
        assertFalse(WORDS.foundIn(text), text);
    }

    @Test
    void aRealisticCommentIsNotHeld() {
        assertFalse(WORDS.foundIn("""
                Прошу не оскорблять жителей: команда подрядчика употребляет скипидар при покраске скамеек,
                а в проекте сквера у дома 12 нет ни одной урны. Застрахуйте детскую площадку и не психуйте,
                небольшие правки — это нормально. Е. Б. Смирнова, ТСЖ «Рубин»."""));
    }

    @Test
    void theListIsNormalisedLikeTheText() {
        ObsceneWords list = new ObsceneWords(List.of("prefix за", "ёлк", "except ёлочк"));
        assertTrue(list.foundIn("ЁЁЁЛКИ"));
        assertTrue(list.foundIn("заелки"));
        assertFalse(list.foundIn("ёлочка"));
        assertFalse(list.foundIn("сёлка"), "anchored at the start of a word");
        assertEquals(1, ObsceneWords.words("х.у.z").size(), "three single letters are one word");
        assertEquals(2, ObsceneWords.words("е. б.").size(), "two are not (initials)");
    }

    private static void forEachRoot(Function<String, String> disguise) {
        for (String root : roots()) {
            String text = disguise.apply(root);
            assertTrue(WORDS.foundIn(text), text);
        }
    }

    private static String substitute(String root, Map<Character, Character> letters) {
        StringBuilder out = new StringBuilder();
        for (char c : root.toCharArray()) {
            out.append(letters.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** The usual Latin transliteration ("ya", "sh", "h" for х). */
    private static String transliterated(String root) {
        String[] latin = { "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya" };
        String cyrillic = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
        StringBuilder out = new StringBuilder();
        for (char c : root.toCharArray()) {
            out.append(latin[cyrillic.indexOf(c)]);
        }
        return out.toString();
    }

    static List<String> roots() {
        return ObsceneSamples.roots();
    }
}
