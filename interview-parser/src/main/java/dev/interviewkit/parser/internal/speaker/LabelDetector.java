package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.rules.LabelCharacters;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.Optional;

/**
 * Finds a speaker label at the start of a line, in every bold shape html2text leaves:
 * {@code **主持人:**}, {@code **嘉宾Sam Altman: **}, {@code ******Sam Altman:**},
 * {@code ****Sam Altman:****}, {@code ****Sam Altman:** **}, {@code **张鹏**：},
 * {@code **答** **：**}, and the label that opens a bold question, {@code **问：…**}.
 *
 * <p>It only says that a line starts like a label; whether the label is a speaker is decided for
 * the whole document by {@link SpeakerResolver}. One pass over at most the label's characters.
 */
public final class LabelDetector {

    private LabelDetector() {}

    /**
     * The bold label that starts {@code line}, if one does. Star runs may stand anywhere before
     * the colon, even inside the label ({@code **「****暗涌」：}); every pair of stars toggles bold,
     * as in {@link InlineParser}, so the parity of all pairs up to the text says whether the text
     * after the label is still bold.
     */
    public static Optional<LabelMatch> boldLabel(String line) {
        return boldLabel(line, 0);
    }

    /**
     * The bold label that starts at {@code from} in {@code line}; its {@code contentStart} is an
     * index into the whole line. Nothing is copied, so asking at every star run of a long line costs
     * no more than reading it.
     */
    public static Optional<LabelMatch> boldLabel(String line, int from) {
        int i = skipSpaces(line, from);
        int start = i;
        if (i + 1 >= line.length() || line.charAt(i) != '*' || line.charAt(i + 1) != '*') {
            return Optional.empty();
        }
        // Find the colon before copying anything: most bold runs are emphasis, not labels.
        int pairs = 0;
        int runs = 0;
        int labelLength = 0;
        int labelEnd = -1;
        while (i < line.length() && !LabelCharacters.isColon(line.charAt(i))) {
            char c = line.charAt(i);
            int colon = labelLength > 0 ? colonAfterOriginalName(line, i) : -1;
            if (colon > 0) {
                labelEnd = i;
                i = colon;
                break;
            }
            if (c == '*') {
                int n = runLength(line, i, '*');
                if (n == 1) {
                    return Optional.empty(); // a lone star is emphasis inside text, not a label's markup
                }
                pairs += n / 2;
                runs++;
                i += n;
                continue;
            }
            // 陈天勇、张亚蕊：two people answering together are one bold label.
            boolean joinsNames = c == '、' && labelLength > 0;
            if (LabelCharacters.isStop(c) && !joinsNames && !isTitleMarkOfLabel(line, i, labelLength)
                    || ++labelLength > LabelCharacters.MAX_LENGTH) {
                return Optional.empty();
            }
            i++;
        }
        if (i >= line.length() || !colonEndsLabel(line, i)) {
            return Optional.empty();
        }
        String text = SourceLines.strip(withoutStars(line, start, labelEnd < 0 ? i : labelEnd));
        if (text.isEmpty() || !LabelCharacters.bracketsBalance(text)) {
            return Optional.empty();
        }
        int contentStart = i + 1;
        int starsAfterColon = 0;
        while (contentStart < line.length() && (line.charAt(contentStart) == '*' || line.charAt(contentStart) == ' ')) {
            if (line.charAt(contentStart) == '*') {
                int n = runLength(line, contentStart, '*');
                if (n == 1) {
                    return Optional.empty();
                }
                pairs += n / 2;
                starsAfterColon += n;
                runs++;
                contentStart += n;
            } else {
                contentStart++;
            }
        }
        // The plain shapes: **label:** and the label opening a bold question, **label:…
        boolean plainOpening = runLength(line, start, '*') == 2;
        boolean wellFormed = plainOpening && (runs == 1 || runs == 2 && (starsAfterColon == 2 || line.charAt(i - 1) == '*'));
        return Optional.of(new LabelMatch(text, line.substring(start, contentStart).strip(), contentStart,
                pairs % 2 == 1, wellFormed));
    }

    /** The characters of {@code line} from {@code from} to {@code to}, star runs left out. */
    private static String withoutStars(String line, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = line.charAt(k);
            if (c != '*') {
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * Whether a bold label may start a turn at {@code p}: at a star run that opens the line, or
     * one that follows a finished sentence ({@code …吗？ **阿茂** ：…}).
     */
    public static boolean mayStartTurn(String line, int p) {
        if (line.charAt(p) != '*' || p > 0 && line.charAt(p - 1) == '*') {
            return false;
        }
        int i = p - 1;
        while (i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '*')) {
            i--;
        }
        return i < 0 || "。！？!?…”\"）)」".indexOf(line.charAt(i)) >= 0;
    }

    /**
     * A bold label at the end of a line whose colon the exporter wrapped onto the next line.
     *
     * @param match the label; its {@code contentStart} is an index into the joined text, not a line
     * @param contentStartInNext where the label's words start in the next line
     */
    public record Wrapped(LabelMatch match, int contentStartInNext) {}

    /** The label {@code **仁科**} that starts at {@code p}, ends {@code line} and has its colon at the start of {@code next}. */
    public static Optional<Wrapped> wrappedLabel(String line, int p, String next) {
        // Cheap tests first: this is asked at every star run of a line.
        if (next == null || line.length() - p > LabelCharacters.MAX_LENGTH * 4) {
            return Optional.empty();
        }
        int colon = skipSpaces(next, 0);
        if (colon >= next.length() || !LabelCharacters.isColon(next.charAt(colon))) {
            return Optional.empty();
        }
        String nextStripped = next.substring(colon);
        String tail = line.substring(p).stripTrailing();
        String joined = tail + nextStripped;
        Optional<LabelMatch> wrapped = boldLabel(joined);
        if (wrapped.isEmpty() || wrapped.get().contentStart() <= tail.length()) {
            return Optional.empty();
        }
        return Optional.of(new Wrapped(wrapped.get(), next.length() - (joined.length() - wrapped.get().contentStart())));
    }

    /**
     * The unbolded label that starts {@code line} ({@code 问：}, {@code 可汗：}, {@code 提问：}). Any
     * short text before a colon looks like this, so the resolver accepts these only for role words
     * and for names that speak elsewhere or recur.
     */
    public static Optional<LabelMatch> plainLabel(String line) {
        Optional<LabelMatch> numbered = numberedSpeakerLabel(line);
        if (numbered.isPresent()) {
            return numbered;
        }
        int i = skipSpaces(line, 0);
        int start = i;
        int length = 0;
        int width = 0;
        int labelEnd = -1;
        while (i < line.length() && !LabelCharacters.isColon(line.charAt(i))) {
            char c = line.charAt(i);
            int colon = length > 0 ? colonAfterOriginalName(line, i) : -1;
            if (colon > 0) {
                labelEnd = i;
                i = colon;
                break;
            }
            // Width in half characters: a Latin name (Anamitra Banerji) is as long as a Chinese one of half its letters.
            width += c < 128 ? 1 : 2;
            if (c == '*' || LabelCharacters.isStop(c) && !isTitleMarkOfLabel(line, i, length)
                    || width > 2 * LabelCharacters.MAX_PLAIN_LENGTH) {
                return Optional.empty();
            }
            length++;
            i++;
        }
        String label = i < line.length() && colonEndsLabel(line, i)
                ? SourceLines.strip(line.substring(start, labelEnd < 0 ? i : labelEnd)) : "";
        if (label.isEmpty() || !LabelCharacters.bracketsBalance(label)) {
            return Optional.empty();
        }
        int contentStart = skipSpaces(line, i + 1);
        return Optional.of(new LabelMatch(label, line.substring(start, i + 1), contentStart, false, true));
    }

    /**
     * A transcription's numbered speaker at the start of a line ({@code Speaker 0}), in the two
     * shapes the plain rules below cannot read: in square brackets, or with an underscore.
     */
    private static Optional<LabelMatch> numberedSpeakerLabel(String line) {
        int start = skipSpaces(line, 0);
        return bracketedLabel(line, start).or(() -> underscoredLabel(line, start));
    }

    /**
     * A transcription's speaker in square brackets at the start of a line, the way speech
     * recognition writes it: {@code [Speaker 0] 大家好}, {@code \[SPEAKER_01\]: Thanks}. Only a
     * numbered speaker: brackets at a line's start also hold stage directions ({@code \[laughs\]}),
     * times and references, which no one says.
     */
    private static Optional<LabelMatch> bracketedLabel(String line, int start) {
        boolean escaped = line.startsWith("\\[", start);
        if (!escaped && !line.startsWith("[", start)) {
            return Optional.empty();
        }
        int open = start + (escaped ? 2 : 1);
        int close = line.indexOf(escaped ? "\\]" : "]", open);
        if (close < 0 || close - open > MAX_BRACKETED_LABEL) {
            return Optional.empty();
        }
        String label = line.substring(open, close).strip();
        int after = close + (escaped ? 2 : 1);
        // [Speaker 0](url) is a link and [Speaker 0][1] a reference: their text is not who speaks.
        if (!PersonNames.isNumberedSpeaker(label) || after < line.length() && "([".indexOf(line.charAt(after)) >= 0) {
            return Optional.empty();
        }
        int end = skipSpaces(line, after);
        if (end < line.length() && LabelCharacters.isColon(line.charAt(end))) {
            end++;
        }
        return Optional.of(new LabelMatch(label, line.substring(start, end), skipSpaces(line, end), false, true));
    }

    /**
     * A numbered speaker written with an underscore before its colon ({@code SPEAKER_01:}, or
     * {@code SPEAKER\\_01:} as html2text escapes it): the underscore, Markdown's emphasis mark,
     * ends a plain label, so this shape is read on its own.
     */
    private static Optional<LabelMatch> underscoredLabel(String line, int start) {
        int colon = start;
        while (colon < line.length() && colon - start <= MAX_BRACKETED_LABEL && !LabelCharacters.isColon(line.charAt(colon))) {
            colon++;
        }
        if (colon >= line.length() || !LabelCharacters.isColon(line.charAt(colon)) || line.indexOf('_', start) < 0
                || line.indexOf('_', start) > colon) {
            return Optional.empty();
        }
        String label = line.substring(start, colon).replace("\\_", "_").strip();
        if (!PersonNames.isNumberedSpeaker(label)) {
            return Optional.empty();
        }
        return Optional.of(new LabelMatch(label, line.substring(start, colon + 1), skipSpaces(line, colon + 1), false, true));
    }

    /** A bracketed label holds at most this many characters ({@code SPEAKER_01}, {@code 发言人 12}). */
    private static final int MAX_BRACKETED_LABEL = 16;

    /** The original name in brackets after a translated one is at most this long ({@code （Allison Nathan）}). */
    private static final int MAX_ORIGINAL_NAME = 40;

    /**
     * Where the colon is, if the bracket at {@code i} holds a name's original spelling and the label's
     * colon follows it ({@code 艾莉森·内森（Allison Nathan）：}): the label is the name before it. -1 otherwise.
     */
    private static int colonAfterOriginalName(String line, int i) {
        char open = line.charAt(i);
        if (open != '（' && open != '(') {
            return -1;
        }
        char close = open == '（' ? '）' : ')';
        int end = i + 1;
        while (end < line.length() && end - i <= MAX_ORIGINAL_NAME && line.charAt(end) != close) {
            char c = line.charAt(end);
            if (LabelCharacters.isColon(c) || LabelCharacters.isStop(c) && c != '.' && c != '\'' && c != '-') {
                return -1;
            }
            end++;
        }
        if (end >= line.length() || line.charAt(end) != close) {
            return -1;
        }
        int colon = end + 1;
        while (colon < line.length() && (line.charAt(colon) == '*' || line.charAt(colon) == ' ')) {
            colon++;
        }
        return colon < line.length() && LabelCharacters.isColon(line.charAt(colon)) ? colon : -1;
    }

    /**
     * Whether the title mark at {@code i} encloses a whole label, a publication that asks
     * ({@code 《三联生活周刊》：}, {@code 《晚点》：}): {@code 《} opens it, {@code 》} is followed by the colon.
     */
    private static boolean isTitleMarkOfLabel(String line, int i, int labelLength) {
        char c = line.charAt(i);
        if (c == '《') {
            return labelLength == 0;
        }
        if (c != '》') {
            return false;
        }
        int j = i + 1;
        while (j < line.length() && (line.charAt(j) == '*' || line.charAt(j) == ' ')) {
            j++;
        }
        return j < line.length() && LabelCharacters.isColon(line.charAt(j));
    }

    private static int runLength(String line, int from, char c) {
        int j = from;
        while (j < line.length() && line.charAt(j) == c) {
            j++;
        }
        return j - from;
    }

    /**
     * Whether the colon at {@code i} can end a label: not inside a time ({@code 下午14:00}) or a
     * web address ({@code https://}), where it separates digits or a scheme from its slashes.
     */
    private static boolean colonEndsLabel(String line, int i) {
        char before = i > 0 ? line.charAt(i - 1) : ' ';
        char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
        boolean time = isDigit(before) && isDigit(after);
        boolean scheme = after == '/' && i + 2 < line.length() && line.charAt(i + 2) == '/';
        return !time && !scheme;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Where a label that opens {@code line} starts: after its leading spaces and tabs. */
    public static int lineStart(String line) {
        return skipSpaces(line, 0);
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
