package dev.interviewkit.parser.internal;

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

    /** Labels are names and role words, not sentences: longer candidates are text. */
    static final int MAX_LABEL_LENGTH = 32;

    private LabelDetector() {}

    /** The bold label that starts {@code line}, if one does. */
    public static Optional<LabelMatch> boldLabel(String line) {
        int i = skipSpaces(line, 0);
        int start = i;
        int openStars = 0;
        while (i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == ' ')) {
            if (line.charAt(i) == '*') {
                openStars++;
            }
            i++;
        }
        if (openStars < 2) {
            return Optional.empty();
        }
        int labelStart = i;
        int labelEnd = scanLabelText(line, labelStart);
        if (labelEnd < 0) {
            return Optional.empty();
        }
        // Between the label and its colon: spaces and closing stars (**张鹏**：, **答** **：**).
        int j = labelEnd;
        int starsBeforeColon = 0;
        while (j < line.length() && (line.charAt(j) == '*' || line.charAt(j) == ' ')) {
            if (line.charAt(j) == '*') {
                starsBeforeColon++;
            }
            j++;
        }
        if (j >= line.length() || !isColon(line.charAt(j))) {
            return Optional.empty();
        }
        j++;
        int starsAfterColon = 0;
        int contentStart = j;
        while (contentStart < line.length() && (line.charAt(contentStart) == '*' || line.charAt(contentStart) == ' ')) {
            if (line.charAt(contentStart) == '*') {
                starsAfterColon++;
            }
            contentStart++;
        }
        if (starsBeforeColon == 1 || starsAfterColon == 1) {
            return Optional.empty(); // a lone star is emphasis inside text, not a label's markup
        }
        String label = SourceLines.strip(line.substring(labelStart, labelEnd));
        if (label.isEmpty()) {
            return Optional.empty();
        }
        // Every pair of stars toggles bold (see InlineParser): an odd number of pairs up to here
        // leaves the text after the label in bold, as in **问：question…**.
        int pairs = openStars / 2 + starsBeforeColon / 2 + starsAfterColon / 2;
        int closing = starsBeforeColon + starsAfterColon;
        boolean wellFormed = openStars == 2 && (closing == 2 || closing == 0);
        return Optional.of(new LabelMatch(label, line.substring(start, contentStart).strip(), contentStart,
                pairs % 2 == 1, wellFormed));
    }

    /** The index just after the label text (before its colon or closing stars), or -1. */
    private static int scanLabelText(String line, int from) {
        int i = from;
        int length = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (isColon(c) || c == '*') {
                break;
            }
            if (isSentencePunctuation(c)) {
                return -1;
            }
            length++;
            if (length > MAX_LABEL_LENGTH) {
                return -1;
            }
            i++;
        }
        return i < line.length() && length > 0 ? i : -1;
    }

    static boolean isColon(char c) {
        return c == ':' || c == '：';
    }

    /** Characters no label holds: sentence punctuation, brackets of links, markup. */
    static boolean isSentencePunctuation(char c) {
        switch (c) {
            case '。': case '，': case ',': case '！': case '!': case '？': case '?': case '；': case ';':
            case '、': case '[': case ']': case '(': case ')': case '（': case '）': case '<': case '>':
            case '"': case '“': case '”': case '《': case '》': case '\\': case '_': case '`': case '#':
            case '/': case '=':
                return true;
            default:
                return false;
        }
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
