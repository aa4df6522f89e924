package org.claimtrail.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence: numerals, numbers in words, vague amounts ("several hundred",
 * "dozens"), ranges ("3,000 to 4,000", "150-200", "between 150 and 200") and fractions of a total
 * ("a third of the 12,000"), each with its qualifier and bounds per the claim spec.
 */
final class QuantityFinder implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern NUMERAL = Pattern.compile("\\d[\\d,]*(\\.\\d+)?\\+?");
    private static final Pattern NUMERAL_RANGE = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)[-–](\\d[\\d,]*(?:\\.\\d+)?)");
    /** NER tags that mark a number as something other than a count. */
    private static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "MONEY", "PERCENT", "ORDINAL", "SET");

    private final ExtractionLexicon lx;

    QuantityFinder(ExtractionLexicon lx) {
        this.lx = lx;
    }

    List<Quantity> find(SentenceView s) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int vagueLen = match(lx.vague, s, i);
            if (vagueLen > 0) {
                ExtractionLexicon.Bounds b = matched(lx.vague, s, i).value();
                int last = i + vagueLen - 1;
                out.add(new Quantity(i, last, last, b.low(), b.high(), Qualifier.VAGUE, false));
                i = last + 1;
                continue;
            }
            if (!startsNumber(s, i)) {
                i++;
                continue;
            }
            int j = runEnd(s, i);
            Double value = value(s, i, j);
            if (value == null || notACount(s, i, j)) {
                i = j + 1;
                continue;
            }
            Quantity q = withQualifier(s, i, j, value);
            Quantity fraction = fractionOf(s, i, j, value);
            if (fraction != null) {
                out.add(fraction);
                q = new Quantity(q.first(), q.last(), q.head(), q.low(), q.high(), q.qualifier(), true);
            }
            out.add(q);
            i = q.last() + 1;
        }
        return out;
    }

    /** A figure followed by a unit, preceded by a currency sign, or numbering a name, is not a count. */
    private boolean notACount(SentenceView s, int i, int j) {
        // "more than 3,000 people ... during 13 months": NER may spread a duration over a count; a
        // figure right before a noun of people or harm counts them whatever its tag
        boolean countsPeople = j + 1 < s.size() && (lx.peopleNouns.contains(s.lemma(j + 1))
                || lx.nounMetric.containsKey(s.lemma(j + 1))) && s.ner(j + 1).equals("O");
        for (int k = i; k <= j; k++) {
            if (NOT_COUNTS.contains(s.ner(k)) && !countsPeople) {
                return true;
            }
            String w = s.word(k);
            if (w.matches("\\d+-[a-z].*")) {
                return true; // "24-year-old", "11-kilometre"
            }
        }
        if (j + 1 < s.size() && (lx.nonCountUnits.contains(s.lemma(j + 1)) || lx.nonCountUnits.contains(s.word(j + 1)))) {
            return true;
        }
        if (j + 2 < s.size() && s.word(j + 1).equals("-") && lx.nonCountUnits.contains(s.lemma(j + 2))) {
            return true;
        }
        boolean verbFinal = countsPeople && lx.language.translates(); // "vor einem Jahr 2.546 Menschen": a time, then the figure
        if (i > 0 && !verbFinal && (lx.nonCountUnits.contains(s.word(i - 1)) || s.word(i - 1).equals("no."))) {
            return true; // "$2", "No. 5"
        }
        if (i > 0 && s.isProperNoun(i - 1) && s.pos(i).equals("CD") && !s.word(i - 1).equals("some")
                && s.ner(i - 1).equals("O") && Character.isUpperCase(s.tokens.get(i - 1).word().charAt(0))) {
            return true; // "Article 5", "Resolution 2334"
        }
        if (j + 1 < s.size() && s.word(j + 1).equals("of") && value(s, i, j) != null && value(s, i, j) == 1.0) {
            return true; // "one of the sources"
        }
        if (j == i && s.word(i).matches("(19|20)\\d\\d") && i > 0
                && lx.yearPrepositions.contains(s.word(i - 1))) {
            return true; // a year
        }
        return false;
    }

    private boolean startsNumber(SentenceView s, int i) {
        String w = s.word(i);
        if (w.equals("a") || w.equals("an")) {
            return i + 1 < s.size() && lx.articleMultipliers.contains(s.word(i + 1));
        }
        return isNumberWord(s, i);
    }

    private boolean isNumberWord(SentenceView s, int i) {
        String w = s.word(i);
        if (NUMERAL.matcher(w).matches() || NUMERAL_RANGE.matcher(w).matches()) {
            return true;
        }
        if (lx.numberWords.containsKey(w)) {
            return true;
        }
        if (w.contains("-") && w.matches("[^-]+(-[^-]+)+")) { // "twenty-five"; a bare dash is no number
            for (String p : w.split("-")) {
                if (!lx.numberWords.containsKey(p)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private int runEnd(SentenceView s, int i) {
        int j = i;
        if (s.word(i).equals("a") || s.word(i).equals("an")) {
            j = i + 1;
        }
        while (j + 1 < s.size()) {
            if (isNumberWord(s, j + 1) && !NUMERAL_RANGE.matcher(s.word(j + 1)).matches()
                    && (isMultiplier(s.word(j + 1)) || !NUMERAL.matcher(s.word(j)).matches() && !NUMERAL.matcher(s.word(j + 1)).matches())) {
                j++;
            } else if (lx.language.groupsThousands(s.word(j)) && s.word(j + 1).matches("\\d{1,3}")) {
                j++; // "33 mil 179", as Mexican papers write 33,179
            } else if (spaceGrouped(s, j)) {
                j++; // "122 883": thousands grouped with a space
            } else if (s.word(j + 1).equals("and") && j + 2 < s.size() && isMultiplier(s.word(j))
                    && lx.numberWords.containsKey(s.word(j + 2)) && !isMultiplier(s.word(j + 2))) {
                j += 2; // "two hundred and fifty"
            } else {
                break;
            }
        }
        return j;
    }

    /** Token j+1 is three digits right after numeral j with one space between: one number, "5 540". */
    private static boolean spaceGrouped(SentenceView s, int j) {
        return s.word(j).matches("\\d{1,3}") || s.word(j).matches("\\d{1,3}( \\d{3})+")
                ? s.word(j + 1).matches("\\d{3}") && s.begin(j + 1) == s.end(j) + 1 : false;
    }

    private boolean isMultiplier(String w) {
        return lx.multipliers.contains(w);
    }

    /** The value of tokens i..j: numerals, words or both ("1.2 million", "ten thousand"). */
    Double value(SentenceView s, int i, int j) {
        double total = 0;
        double current = 0;
        boolean any = false;
        for (int k = i; k <= j; k++) {
            String w = s.word(k);
            if (w.equals("a") || w.equals("an")) {
                current = 1;
                continue;
            }
            if (w.equals("and")) {
                continue;
            }
            Double v = null;
            if (k > i && w.matches("\\d{3}") && s.word(k - 1).matches("\\d{1,3}")) {
                current = current * 1000 + Double.parseDouble(w); // the second group of "122 883"
                continue;
            }
            if (NUMERAL.matcher(w).matches()) {
                try {
                    v = Double.parseDouble(w.replace(",", "").replace("+", ""));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (NUMERAL_RANGE.matcher(w).matches()) {
                v = Double.parseDouble(w.split("[-–]")[0].replace(",", ""));
            } else if (lx.numberWords.containsKey(w)) {
                v = lx.numberWords.get(w);
            } else if (w.contains("-")) {
                double sum = 0;
                for (String p : w.split("-")) {
                    Double pv = lx.numberWords.get(p);
                    if (pv == null) {
                        return null;
                    }
                    sum += pv;
                }
                v = sum;
            }
            if (v == null) {
                return null;
            }
            any = true;
            if ((v == 100 || v == 12) && isMultiplier(w)) { // "hundred", "dozen", "docena"
                current = (current == 0 ? 1 : current) * v;
            } else if (v >= 1000 && isMultiplier(w)) {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
            } else {
                current += v;
            }
        }
        return any ? total + current : null;
    }

    private Quantity withQualifier(SentenceView s, int i, int j, double value) {
        java.util.regex.Matcher range = NUMERAL_RANGE.matcher(s.word(j));
        int first = i;
        if (i == j && range.matches()) {
            double lo = Double.parseDouble(range.group(1).replace(",", ""));
            double hi = Double.parseDouble(range.group(2).replace(",", ""));
            if (lo < hi) {
                return new Quantity(first, j, j, lo, hi, Qualifier.RANGE, false);
            }
        }
        // "3,000 to 4,000", "150 - 200", "between 150 and 200"
        if (j + 2 < s.size() && lx.rangeJoiners.contains(s.word(j + 1)) && startsNumber(s, j + 2)) {
            int k = runEnd(s, j + 2);
            Double hi = value(s, j + 2, k);
            boolean between = i > 0 && s.word(i - 1).equals("between");
            boolean joinerOk = !s.word(j + 1).equals("and") || between;
            if (hi != null && hi > value && joinerOk && !notACount(s, j + 2, k)) {
                value = sharedMagnitude(value, hi);
                boolean change = i > 0 && s.word(i - 1).equals("from") && changeVerbNear(s, i);
                if (change) {
                    return new Quantity(j + 2, k, k, hi, hi, Qualifier.EXACT, false);
                }
                return new Quantity(between || i > 0 && s.word(i - 1).equals("from") ? i - 1 : i, k, k, value, hi,
                        Qualifier.RANGE, false);
            }
        }
        Qualifier q = Qualifier.EXACT;
        int before = matchEndingAt(lx.qualifiersBefore, s, i - 1);
        if (before > 0) {
            q = matchedEndingAt(lx.qualifiersBefore, s, i - 1).value();
            first = i - before;
        }
        int last = j;
        String w = s.word(j);
        if (w.endsWith("+")) {
            q = Qualifier.MORE_THAN;
        } else {
            int after = match(lx.qualifiersAfter, s, j + 1);
            if (after > 0) {
                q = matched(lx.qualifiersAfter, s, j + 1).value();
                last = j + after;
            }
        }
        Double[] b = q.bounds(value);
        return new Quantity(first, last, j, b[0], b[1], q, false);
    }

    /**
     * "11 to 12,000", "two to three million": a bare low end shares the high end's magnitude. The
     * low end is scaled by the thousands that keep it below the high end.
     */
    static double sharedMagnitude(double low, double high) {
        if (low >= 1000 || high < 1000 || high / low < 100 || low != Math.rint(low)) {
            return low;
        }
        double scale = 1;
        while (low * scale * 1000 <= high) {
            scale *= 1000;
        }
        return low * scale > high / 10 ? low * scale : low;
    }

    private boolean changeVerbNear(SentenceView s, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (lx.changeVerbs.contains(s.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** "a third of the 12,000": the computed share, as an approximate figure. */
    private Quantity fractionOf(SentenceView s, int i, int j, double total) {
        int k = i - 1;
        if (k >= 0 && lx.fractionDeterminers.contains(s.word(k))) {
            k--;
        }
        if (k < 1 || !s.word(k).equals("of")) {
            return null;
        }
        int len = matchEndingAt(lx.fractions, s, k - 1);
        if (len == 0) {
            return null;
        }
        double share = Math.round(total * matchedEndingAt(lx.fractions, s, k - 1).value());
        return new Quantity(k - len, j, j, share, share, Qualifier.APPROX, false);
    }

    // --- phrase matching over lower-case words ---

    private static <T> int match(List<ExtractionLexicon.Phrase<T>> phrases, SentenceView s, int at) {
        ExtractionLexicon.Phrase<T> p = matched(phrases, s, at);
        return p == null ? 0 : p.tokens().size();
    }

    private static <T> ExtractionLexicon.Phrase<T> matched(List<ExtractionLexicon.Phrase<T>> phrases, SentenceView s, int at) {
        for (ExtractionLexicon.Phrase<T> p : phrases) {
            List<String> t = p.tokens();
            if (at < 0 || at + t.size() > s.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < t.size() && ok; k++) {
                ok = s.word(at + k).equals(t.get(k));
            }
            if (ok) {
                return p;
            }
        }
        return null;
    }

    private static <T> int matchEndingAt(List<ExtractionLexicon.Phrase<T>> phrases, SentenceView s, int end) {
        ExtractionLexicon.Phrase<T> p = matchedEndingAt(phrases, s, end);
        return p == null ? 0 : p.tokens().size();
    }

    private static <T> ExtractionLexicon.Phrase<T> matchedEndingAt(List<ExtractionLexicon.Phrase<T>> phrases, SentenceView s, int end) {
        for (ExtractionLexicon.Phrase<T> p : phrases) {
            int start = end - p.tokens().size() + 1;
            if (start >= 0 && matched(List.of(p), s, start) != null) {
                return p;
            }
        }
        return null;
    }
}
