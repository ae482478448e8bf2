package vn.danhgia.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese names and text for sorting and searching. Names are sorted the way Vietnamese lists are: by the given
 * name (the last word), then the middle names, then the family name; within a word by the letters of the Vietnamese
 * alphabet (a ă â b c d đ e ê g … o ô ơ … u ư v x y) and only then by tone (none, huyền, hỏi, ngã, sắc, nặng).
 * The sort key is made of digits only so that every database collation (C, en_US, vi_VN) orders it the same way.
 */
public final class VietnameseText {

    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private static final char GRAVE = '\u0300';
    private static final char HOOK = '\u0309';
    private static final char TILDE = '\u0303';
    private static final char ACUTE = '\u0301';
    private static final char DOT_BELOW = '\u0323';

    private VietnameseText() {
    }

    /** A key whose plain (binary or locale) order is the Vietnamese order of full names. */
    public static String nameSortKey(String fullName) {
        List<String> words = words(fullName);
        if (words.isEmpty()) {
            return "";
        }
        List<String> ordered = new ArrayList<>();
        ordered.add(words.get(words.size() - 1));
        ordered.addAll(words.subList(1, Math.max(1, words.size() - 1)));
        if (words.size() > 1) {
            ordered.add(words.get(0));
        }
        StringBuilder key = new StringBuilder();
        for (String word : ordered) {
            appendWord(key, word);
        }
        return key.toString();
    }

    /**
     * Text such as a unit's name in Vietnamese order, word by word as written ("Ban Dân vận" before "Đảng ủy" before
     * "Văn phòng"; Đ after D, not after Z), ties broken by the text itself so the order is total.
     */
    public static final Comparator<String> TEXT_ORDER = Comparator.comparing(VietnameseText::textSortKey)
            .thenComparing(Comparator.naturalOrder());

    /** A key whose plain order is the Vietnamese order of a text read word by word as written. */
    public static String textSortKey(String text) {
        StringBuilder key = new StringBuilder();
        for (String word : words(text)) {
            appendWord(key, word);
        }
        return key.toString();
    }

    /** Lower case without tone marks or letter marks (đ becomes d), spaces collapsed: "nguyen van a". */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").trim().replaceAll("\\s+", " ");
    }

    private static List<String> words(String fullName) {
        String trimmed = fullName == null ? "" : fullName.trim();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    // Each letter is two digits (its place in the alphabet, 10 and up), the letters end with "00", then come one tone
    // digit per letter and a closing "0": letters decide before tones, and a shorter word ("An") comes before a
    // longer one ("Anh").
    private static void appendWord(StringBuilder key, String word) {
        StringBuilder tones = new StringBuilder();
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int i = 0;
        while (i < decomposed.length()) {
            char base = decomposed.charAt(i++);
            int tone = 0;
            String letter = String.valueOf(base);
            while (i < decomposed.length() && Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = decomposed.charAt(i++);
                int toneOfMark = toneOf(mark);
                if (toneOfMark > 0) {
                    tone = toneOfMark;
                } else {
                    letter = Normalizer.normalize(letter + mark, Normalizer.Form.NFC);
                }
            }
            int place = ALPHABET.indexOf(letter.charAt(0));
            key.append(place < 0 ? 99 : 10 + place);
            tones.append(tone);
        }
        key.append("00").append(tones).append('0');
    }

    private static int toneOf(char mark) {
        return switch (mark) {
            case GRAVE -> 1;
            case HOOK -> 2;
            case TILDE -> 3;
            case ACUTE -> 4;
            case DOT_BELOW -> 5;
            default -> 0;
        };
    }
}
