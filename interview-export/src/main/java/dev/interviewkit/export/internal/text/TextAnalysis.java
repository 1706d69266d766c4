package dev.interviewkit.export.internal.text;

import dev.interviewkit.model.internal.CjkCharacters;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over a spoken text (see {@link SpokenText}) that answers, in constant time for any span,
 * what subtitle layout and speech estimates ask: where a break may fall and how good it is, how wide
 * a span is, and how much there is to say in it.
 *
 * <p>A break at index {@code i} ends one piece before {@code i}; the next piece starts at {@code i},
 * or after it when {@code i} is a space, which the break consumes. Break levels, best first:
 * {@link #SENTENCE} after {@code 。！？} (closing quotes stay with their sentence; {@code ……},
 * decimals and abbreviations such as {@code St.} end nothing), {@link #CLAUSE} after {@code ；：},
 * {@link #PHRASE} after {@code ，、}, {@link #SPACE} between words, {@link #CJK} between two Chinese
 * characters, {@link #INSIDE_TERM} between the words of a Latin name in Chinese text,
 * {@link #INSIDE_WORD} inside a frequent Chinese word or before a particle that closes the
 * word before it, and {@link #FORCED} inside a Latin word or number or against the rules for closing
 * and opening marks, a last resort for words longer than a line. Nothing ever splits a character from
 * its combining marks, joiners or selectors.
 */
public final class TextAnalysis {

    /** No break here. */
    public static final int NONE = 0;
    /** Only when nothing else fits: inside a word or number, or beside a closing or opening mark. */
    public static final int FORCED = 1;
    /**
     * Inside a frequent Chinese word ({@code 人工|智能}) or before a particle that closes the word
     * before it ({@code 我们|的}): readable, unlike a cut number, but a cut a subtitler would not make.
     */
    public static final int INSIDE_WORD = 2;
    /**
     * At a space inside a run of Latin words that stands in Chinese text: a name or title
     * ({@code John Burroughs}, {@code St. Louis on the Air}) that a line should show whole.
     */
    public static final int INSIDE_TERM = 3;
    /** Between two Chinese characters, where a word may go on. */
    public static final int CJK = 4;
    /**
     * Between two Chinese characters where a word more likely ends: after a particle ({@code 的了们}) or {@code 于},
     * before a conjunction or preposition ({@code 和与而但把被从对}), or where Chinese meets a Latin word.
     */
    public static final int CJK_EDGE = 5;
    /** At a space between words. */
    public static final int SPACE = 6;
    /** After {@code ，、,}. */
    public static final int PHRASE = 7;
    /** After {@code ；;：:}. */
    public static final int CLAUSE = 8;
    /** After the end of a sentence, closing quotes included. */
    public static final int SENTENCE = 9;

    /** A break the layout takes freely. */
    public static final int ORDINARY = 0;
    /** A break inside a title in 《》, an ordinary one otherwise. */
    public static final int IN_TITLE = 1;
    /** A break beside a closing or opening mark, which would start or end a line with it. */
    public static final int BESIDE_MARK = 2;
    /** A break before a particle that closes the word before it ({@code 我们|的}, {@code 我|们}). */
    public static final int BEFORE_PARTICLE = 3;
    /** A break inside a Latin word or number. */
    public static final int IN_LATIN_WORD = 4;

    /** Characters after which a Chinese word usually ends. */
    private static final String WORD_FINAL = "的了着们吗呢吧啊是于";
    /** Characters before which a Chinese phrase usually starts. */
    private static final String PHRASE_INITIAL = "和与及或而但并把被让从对向将";

    /** Flags of {@link #WORD_RULES}. */
    private static final byte ENDS_WORD = 1;
    private static final byte STARTS_PHRASE = 2;
    private static final byte BOUND_PARTICLE = 4;
    private static final byte BINDS_NEXT = 8;
    /**
     * For every BMP char, which of the word rules' character lists it is in: the rules ask at
     * nearly every place between two Chinese characters, and a load answers where searching the
     * strings took a tenth of finding the breaks.
     */
    private static final byte[] WORD_RULES = new byte[1 << 16];

    /** How many characters of a transliterated name stand before and after its interpunct. */
    private static final int NAME_BEFORE_DOT = 2;
    private static final int NAME_AFTER_DOT = 4;

    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "st.", "prof.", "jr.", "sr.",
            "vs.", "etc.", "e.g.", "i.e.", "u.s.", "u.k.", "no.", "inc.", "ltd.", "co.", "mt.", "ft.", "approx.", "fig.",
            "vol.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    /** {@link #widthOf} for every char of the Basic Multilingual Plane, which holds nearly all text. */
    private static final byte[] BMP_WIDTHS = new byte[1 << 16];

    static {
        for (int c = 0; c < BMP_WIDTHS.length; c++) {
            BMP_WIDTHS[c] = (byte) computeWidth(c);
        }
        markWordRule(WORD_FINAL, ENDS_WORD);
        markWordRule(PHRASE_INITIAL, STARTS_PHRASE);
        markWordRule(CommonWords.BOUND_PARTICLES, BOUND_PARTICLE);
        markWordRule(CommonWords.BINDS_NEXT, BINDS_NEXT);
    }

    private static void markWordRule(String chars, byte flag) {
        for (int k = 0; k < chars.length(); k++) {
            WORD_RULES[chars.charAt(k)] |= flag;
        }
    }

    /** Whether {@code cp} is in the word rules' list {@code flag} (every list is of BMP chars). */
    private static boolean inWordRule(int cp, byte flag) {
        return cp >= 0 && cp < WORD_RULES.length && (WORD_RULES[cp] & flag) != 0;
    }

    private final String text;
    /** The text's length, read for every break asked about. */
    private final int length;
    private final WordBoundaries wordBoundaries;
    // Break levels and sentence ends are worked out on first use: a caller that only says how long
    // a text takes (the timeline) needs sentence ends but no breaks, and finding breaks costs most.
    private int[] level;
    private int[] sentences;
    private byte[] lastResort;
    private WordBoundaries.Words words;
    /** Whether the text holds an interpunct at all, worked out with the breaks. */
    private boolean hasInterpunct;
    private final int[] halfUnits;
    private final int[] visible;
    private final int[] wide;
    private final int[] cjkUnits;
    private final int[] latinWords;
    private final int[] quoteDepth;
    private final int[] quoteMarks;

    private TextAnalysis(String text, WordBoundaries wordBoundaries) {
        this.text = text;
        this.length = text.length();
        this.wordBoundaries = wordBoundaries;
        int n = text.length();
        halfUnits = new int[n + 1];
        visible = new int[n + 1];
        wide = new int[n + 1];
        cjkUnits = new int[n + 1];
        latinWords = new int[n + 1];
        quoteDepth = new int[n + 1];
        quoteMarks = new int[n + 1];
        measure();
    }

    /** {@code measured}'s text with other words: its tables and sentence ends, which no word changes, are shared. */
    private TextAnalysis(TextAnalysis measured, WordBoundaries wordBoundaries) {
        this.text = measured.text;
        this.length = measured.length;
        this.wordBoundaries = wordBoundaries;
        this.sentences = measured.sentences();
        this.halfUnits = measured.halfUnits;
        this.visible = measured.visible;
        this.wide = measured.wide;
        this.cjkUnits = measured.cjkUnits;
        this.latinWords = measured.latinWords;
        this.quoteDepth = measured.quoteDepth;
        this.quoteMarks = measured.quoteMarks;
    }

    /** The analysis of {@code spokenText}, which must already be normalised by {@link SpokenText}. */
    public static TextAnalysis of(String spokenText) {
        return of(spokenText, WordBoundaries.standard());
    }

    /** The analysis of {@code spokenText} with the words {@code wordBoundaries} finds in it. */
    public static TextAnalysis of(String spokenText, WordBoundaries wordBoundaries) {
        return new TextAnalysis(spokenText, wordBoundaries);
    }

    /**
     * This text with the words {@code wordBoundaries} finds in it: the widths, what there is to say
     * and the sentence ends are this analysis's, only the breaks are worked out anew.
     */
    public TextAnalysis withWords(WordBoundaries wordBoundaries) {
        return new TextAnalysis(this, wordBoundaries);
    }

    /** The analysed text. */
    public String text() {
        return text;
    }

    /** The text's length in chars. */
    public int length() {
        return length;
    }

    /** How good a break at {@code index} is, from {@link #NONE} to {@link #SENTENCE}. */
    public int breakLevel(int index) {
        return index <= 0 || index >= length ? NONE : breaks()[index];
    }

    /**
     * How much a break at {@code index} is a last resort, from {@link #ORDINARY} to {@link
     * #IN_LATIN_WORD}: the layout takes one only where the run around it, cut at every break of a
     * lower rank it could take, is still wider than a line.
     */
    public int lastResort(int index) {
        if (index <= 0 || index >= length) {
            return ORDINARY;
        }
        breaks();
        return lastResort[index];
    }

    /** Where the piece after a break at {@code index} starts: after the space the break consumes. */
    public int resumeAfter(int index) {
        return index < length && text.charAt(index) == ' ' ? index + 1 : index;
    }

    /** Width of {@code [from, to)} in half-width units: a Chinese character is 2, a Latin letter 1. */
    public int halfUnits(int from, int to) {
        return halfUnits[to] - halfUnits[from];
    }

    /** Characters of {@code [from, to)} that take space on screen. */
    public int visibleCharacters(int from, int to) {
        return visible[to] - visible[from];
    }

    /** Whether {@code [from, to)} holds a wide (Chinese, Japanese, Korean) character. */
    public boolean hasWide(int from, int to) {
        return wide[to] > wide[from];
    }

    /** Chinese syllables in {@code [from, to)}: characters, and numbers read in Chinese. */
    public int cjkUnits(int from, int to) {
        return cjkUnits[to] - cjkUnits[from];
    }

    /** Latin words in {@code [from, to)}, numbers read in English counted as their words. */
    public int latinWords(int from, int to) {
        return latinWords[to] - latinWords[from];
    }

    /**
     * Opening quotation marks and brackets ({@code “「『（(}) less closing ones before {@code index}:
     * a running depth from which the marks of any span that lack their partner there follow (see
     * {@code CueLayout}) without scanning the span.
     */
    public int quoteDepth(int index) {
        return quoteDepth[index];
    }

    /** Quotation marks and brackets counted by {@link #quoteDepth} in {@code [from, to)}. */
    public int quoteMarks(int from, int to) {
        return quoteMarks[to] - quoteMarks[from];
    }

    /** Sentence ends strictly inside {@code [from, to)}: the pauses a speaker makes in it. */
    public int innerSentenceEnds(int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int[] ends = sentences();
        return ends[to - 1] - ends[from];
    }

    // ------------------------------------------------------------------ measuring

    private void measure() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int size = Character.charCount(cp);
            int width = widthOf(cp);
            boolean isWide = width == 2;
            if (SpeechUnits.isDigit(cp)) {
                int end = SpeechUnits.numberEnd(text, i);
                boolean chinese = SpeechUnits.readInChinese(text, i, end);
                spread(SpeechUnits.numberUnits(text, i, end, chinese), chinese ? cjkUnits : latinWords, i, end);
                for (int k = i; k < end; k++) {
                    int w = widthOf(text.charAt(k));
                    setPrefix(k, w, w == 2 ? 1 : 0, 1);
                }
                i = end;
                continue;
            }
            if (Character.isLetter(cp) && !isWide && SpeechUnits.startsLatinWord(text, i)) {
                latinWords[i + 1] += 1;
            }
            if (Character.isLetter(cp) && isWide) {
                cjkUnits[i + 1] += 1;
            }
            for (int k = 0; k < size; k++) {
                setPrefix(i + k, k == 0 ? width : 0, k == 0 && isWide ? 1 : 0, k == 0 && width > 0 ? 1 : 0);
            }
            i += size;
        }
        for (int k = 1; k <= n; k++) {
            cjkUnits[k] += cjkUnits[k - 1];
            latinWords[k] += latinWords[k - 1];
            char c = text.charAt(k - 1);
            int step = Punctuation.opensQuote(c) ? 1 : Punctuation.closesQuote(c) ? -1 : 0;
            quoteDepth[k] = quoteDepth[k - 1] + step;
            quoteMarks[k] = quoteMarks[k - 1] + (step == 0 ? 0 : 1);
        }
    }

    private void setPrefix(int index, int width, int isWide, int isVisible) {
        halfUnits[index + 1] = halfUnits[index] + width;
        wide[index + 1] = wide[index] + isWide;
        visible[index + 1] = visible[index] + isVisible;
    }

    /** Spreads a number's units over its characters, so that a span never holds more than its share. */
    private static void spread(int units, int[] target, int start, int end) {
        int length = end - start;
        for (int k = 0; k < length; k++) {
            target[start + k + 1] += (int) ((long) units * (k + 1) / length - (long) units * k / length);
        }
    }

    /** 2 for wide characters (CJK, full-width forms, emoji), 0 for marks and joiners, 1 otherwise. */
    static int widthOf(int cp) {
        return cp >= 0 && cp < BMP_WIDTHS.length ? BMP_WIDTHS[cp] : computeWidth(cp);
    }

    private static int computeWidth(int cp) {
        if (Punctuation.continuesGrapheme(cp)) {
            return 0;
        }
        if (CjkCharacters.isWide(cp) || cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF) {
            return 2;
        }
        return 1;
    }

    // ------------------------------------------------------------------ breaks

    private int[] breaks() {
        if (level == null) {
            findBreaks();
        }
        return level;
    }

    private void findBreaks() {
        int n = text.length();
        words = wordBoundaries.find(text);
        hasInterpunct = false;
        for (int k = 0; k < n && !hasInterpunct; k++) {
            hasInterpunct = Punctuation.isInterpunct(text.charAt(k));
        }
        int[] levels = new int[n + 1];
        byte[] lastResorts = new byte[n + 1];
        int titleDepth = 0;
        for (int i = 1; i < n; i++) {
            char before = text.charAt(i - 1);
            titleDepth = titleDepthAfter(before, titleDepth);
            if (splitsPair(i)) {
                continue;
            }
            int level = levelAt(i);
            int lastResort = lastResortAt(i, level);
            if ((level == INSIDE_WORD || level == CJK || level == CJK_EDGE) && words.forbidden(i)) {
                // Only where no punctuation or Latin rule decided (see WordSegmenter): a dictionary
                // word costs what a Latin word does, a Unicode line-breaking prohibition what a mark does.
                level = FORCED;
                lastResort = Math.max(lastResort, words.insideDictionaryWord(i) ? IN_LATIN_WORD : BESIDE_MARK);
            }
            if (insideTitle(i, titleDepth) && level > FORCED) {
                level = FORCED; // a title in 《》 stays whole unless it is wider than a line
                lastResort = Math.max(lastResort, IN_TITLE);
            }
            levels[i] = level;
            lastResorts[i] = (byte) lastResort;
        }
        lastResort = lastResorts;
        level = levels;
    }

    private int[] sentences() {
        if (sentences == null) {
            sentences = findSentenceEnds();
        }
        return sentences;
    }

    /**
     * How many breaks of level {@link #SENTENCE} there are at {@code 1..i} (below the text's end), for
     * every {@code i}. A sentence end is decided by punctuation before {@link #levelAt} looks at any
     * word, and no word rule of {@link #findBreaks} lowers a sentence end (only a title does), so
     * this needs neither the words nor the other levels: the timeline asks for sentence ends of every
     * turn, and only the layout for breaks, with the words its segmenter finds.
     */
    private int[] findSentenceEnds() {
        int n = text.length();
        int[] ends = new int[n + 1];
        int titleDepth = 0;
        for (int i = 1; i < n; i++) {
            titleDepth = titleDepthAfter(text.charAt(i - 1), titleDepth);
            boolean end = mayEndSentence(text.charAt(i - 1)) && !splitsPair(i) && !insideTitle(i, titleDepth)
                    && punctuationLevel(i) == SENTENCE && levelAt(i) == SENTENCE;
            ends[i] = ends[i - 1] + (end ? 1 : 0);
        }
        if (n > 0) {
            ends[n] = ends[n - 1];
        }
        return ends;
    }

    /**
     * Whether {@link #punctuationLevel} can find a sentence end before a char after {@code before}:
     * only after a closing quote, a sentence-ending mark or a full stop (none of them outside the BMP).
     */
    private static boolean mayEndSentence(char before) {
        return Punctuation.isClosingQuote(before) || Punctuation.endsSentence(before) || before == '.';
    }

    /** The depth of titles in 《》 after {@code before}, from the depth before it. */
    private static int titleDepthAfter(char before, int titleDepth) {
        return titleDepth + (before == '《' ? 1 : before == '》' && titleDepth > 0 ? -1 : 0);
    }

    /** Whether {@code i} falls inside a title in 《》 (its closing mark is no part of it) at {@code titleDepth}. */
    private boolean insideTitle(int i, int titleDepth) {
        return titleDepth > 0 && text.charAt(i) != '》';
    }

    /** Whether {@code i} falls between the two chars of a surrogate pair, where nothing breaks. */
    private boolean splitsPair(int i) {
        return Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Why a break of {@code level} at {@code i} is a last resort, as {@link #levelAt} decided it. */
    private int lastResortAt(int i, int level) {
        boolean space = text.charAt(i) == ' ';
        if (level == FORCED) {
            // A space is forced only beside a mark; elsewhere two narrow characters make a word.
            return space || widthOf(text.codePointBefore(i)) == 2 || widthOf(text.codePointAt(i)) == 2 ? BESIDE_MARK
                    : IN_LATIN_WORD;
        }
        return level == INSIDE_WORD && closesWordBefore(space ? i + 1 : i) ? BEFORE_PARTICLE : ORDINARY;
    }

    private int levelAt(int i) {
        char c = text.charAt(i);
        if (text.charAt(i - 1) == ' ') {
            return NONE;
        }
        if (c == ' ') {
            int next = i + 1 < text.length() ? text.codePointAt(i + 1) : 'x';
            int before = text.codePointBefore(i);
            if (Punctuation.neverStartsLine(next) || Punctuation.neverEndsLine(before)) {
                return FORCED;
            }
            int punctuation = punctuationLevel(i);
            if (punctuation > NONE) {
                return punctuation;
            }
            if (closesWordBefore(i + 1)) {
                return INSIDE_WORD;
            }
            return insideForeignTerm(i) ? INSIDE_TERM : SPACE;
        }
        int a = text.codePointBefore(i);
        int b = text.codePointAt(i);
        if (Punctuation.continuesGrapheme(b) || a == 0x200D
                || Punctuation.isRegionalIndicator(a) && Punctuation.isRegionalIndicator(b)) {
            return NONE;
        }
        boolean wideA = widthOf(a) == 2;
        boolean wideB = widthOf(b) == 2;
        if (Punctuation.isClosingQuote(a) && !Punctuation.neverStartsLine(b) && punctuationLevel(i) > NONE) {
            return punctuationLevel(i); // 辞职。”|Sam: curly quotes are narrow, but what they close has ended
        }
        if (!wideA && !wideB || Punctuation.neverStartsLine(b) || Punctuation.neverEndsLine(a)) {
            return FORCED; // inside a Latin word or number, or against a closing or opening mark
        }
        int punctuation = punctuationLevel(i);
        if (punctuation > NONE) {
            return punctuation;
        }
        if (SpeechUnits.isDigit(a) || insideCommonWord(i) || closesWordBefore(i) || opensWordAfter(i) || a == b && Character.isLetter(a)
                || insideInterpunctName(i)) {
            // A number keeps its unit (3.5|倍), a word its characters and particles, a negation,
            // degree word or auxiliary the verb it goes with (不|被), a doubled character its twin
            // (深|深), a transliterated name its parts (卡玛拉·哈|里斯).
            return INSIDE_WORD;
        }
        boolean scriptChange = wideA != wideB && Character.isLetterOrDigit(wideA ? b : a);
        return scriptChange || inWordRule(a, ENDS_WORD) || inWordRule(b, STARTS_PHRASE) ? CJK_EDGE : CJK;
    }

    /**
     * Whether the character at {@code i} is a particle or suffix that ends the word before it
     * ({@code 我们|的使命}, {@code 他们|吗}), so that a line starting with it starts inside a phrase; a
     * frequent word that starts with the same character ({@code 了解}, {@code 的确}) is no particle.
     */
    private boolean closesWordBefore(int i) {
        return i < text.length() && inWordRule(text.charAt(i), BOUND_PARTICLE) && !startsCommonWord(i);
    }

    /**
     * Whether {@code i} falls inside a foreign name written with an interpunct ({@code 萨姆·奥尔特曼}):
     * with at most two letters between it and the dot after it, or at most three between the dot
     * before it and it; given names and surnames written in Chinese are mostly three and four long.
     */
    private boolean insideInterpunctName(int i) {
        if (!hasInterpunct) {
            return false; // most texts name no one that way: no scan around every character
        }
        for (int k = i; k <= Math.min(text.length() - 1, i + NAME_BEFORE_DOT); k++) {
            if (Punctuation.isInterpunct(text.charAt(k))) {
                return true;
            }
            if (!Character.isLetter(text.charAt(k))) {
                break;
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - NAME_AFTER_DOT); k--) {
            if (Punctuation.isInterpunct(text.charAt(k))) {
                return true;
            }
            if (!Character.isLetter(text.charAt(k))) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the space at {@code i} joins two words of a Latin run that touches Chinese on either
     * side: in Chinese text such a run is a name or title ({@code 在John Burroughs高中}), not English
     * prose with a space to break at.
     */
    private boolean insideForeignTerm(int space) {
        if (space + 1 >= text.length() || !isTermWord(text.codePointBefore(space)) || !isTermWord(text.codePointAt(space + 1))) {
            return false; // a space between Chinese and Latin ("用 GPT 做") is an ordinary break
        }
        int from = space;
        while (from > 0 && continuesForeignTerm(text.codePointBefore(from))) {
            from -= Character.charCount(text.codePointBefore(from));
        }
        int to = space;
        while (to < text.length() && continuesForeignTerm(text.codePointAt(to))) {
            to += Character.charCount(text.codePointAt(to));
        }
        return from > 0 && widthOf(text.codePointBefore(from)) == 2 || to < text.length() && widthOf(text.codePointAt(to)) == 2;
    }

    /** Letters, digits, spaces and the marks inside names and titles: {@code Mrs. O'Brien}, {@code e-mail}. */
    private static boolean continuesForeignTerm(int cp) {
        return isTermWord(cp) || cp == ' ' || ".-'’_&+/@#".indexOf(cp) >= 0;
    }

    private static boolean isTermWord(int cp) {
        return widthOf(cp) < 2 && Character.isLetterOrDigit(cp) || cp == '.';
    }

    /**
     * Whether the character before {@code i} is a negation, degree word, auxiliary or the passive or
     * object marker that goes with the word after it ({@code 他不|被重新任命}, {@code 世界上最|贫困的}),
     * and not the end of a frequent word ({@code 社会|}, {@code 可能|}).
     */
    private boolean opensWordAfter(int i) {
        return inWordRule(text.charAt(i - 1), BINDS_NEXT) && !endsCommonWord(i);
    }

    private boolean endsCommonWord(int i) {
        return words.ends(i);
    }

    private boolean startsCommonWord(int i) {
        return words.starts(i);
    }

    /** Whether a frequent word ({@link CommonWords}) runs across index {@code i}. */
    private boolean insideCommonWord(int i) {
        return words.inside(i);
    }

    /** The level the punctuation just before {@code end} gives, looking past closing quotes. */
    private int punctuationLevel(int end) {
        int j = end;
        while (j > 0 && Punctuation.isClosingQuote(text.codePointBefore(j))) {
            j -= Character.charCount(text.codePointBefore(j));
        }
        if (j == 0) {
            return NONE;
        }
        int cp = text.codePointBefore(j);
        if (Punctuation.endsSentence(cp)) {
            return SENTENCE;
        }
        if (cp == '.') {
            return endsLatinSentence(j) ? SENTENCE : NONE;
        }
        if (Punctuation.endsClause(cp)) {
            return CLAUSE;
        }
        return Punctuation.endsPhrase(cp) ? PHRASE : NONE;
    }

    /** Whether the full stop before {@code end} ends a sentence rather than an abbreviation, initial or ellipsis. */
    private boolean endsLatinSentence(int end) {
        int start = end - 1;
        while (start > 0 && text.charAt(start - 1) != ' ' && widthOf(text.codePointBefore(start)) < 2) {
            start--;
        }
        String token = text.substring(start, end);
        if (token.length() >= 2 && token.charAt(token.length() - 2) == '.') {
            return false; // "..." or "U.S."
        }
        String word = token.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        boolean initial = token.length() == 2 && Character.isUpperCase(token.charAt(0));
        return !initial;
    }
}
