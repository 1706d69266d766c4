package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.model.internal.CjkCharacters;

/**
 * What follows a label, as a reader glances at it: speech (sentences, a question), or something
 * else that labels introduce: a caption, a source, a name, a value, a link, a number.
 *
 * @param kind what it is
 * @param characters its visible characters, markup left out
 * @param question whether it asks something
 */
public record FollowingText(Kind kind, int characters, boolean question) {

    /** What a label may introduce. */
    public enum Kind {
        /** Sentences: what a speaker says. */
        SPEECH,
        /** A few words without a finished sentence: a caption, a source, a name, a field's value. */
        SHORT,
        /** A web address. */
        LINK,
        /** A number, a price, a date or a time. */
        NUMBER,
        /** Nothing: the label ends its paragraph and nothing follows it. */
        NOTHING
    }

    /** Speech this long needs no sentence mark: a long run of words is someone talking. */
    static final int UNPUNCTUATED_SPEECH = 40;
    /** A finished sentence this short ({@code 对。}) is still speech. */
    static final int MIN_SENTENCE = 2;

    /** The text after a label, its Markdown markup still in. */
    public static FollowingText of(String markdown) {
        return of(markdown, 0, markdown.length());
    }

    /**
     * The text after a label that stands in {@code markdown} from {@code from} to {@code to}: the
     * same reading as {@link #of(String)} of that substring, without copying it.
     */
    public static FollowingText of(CharSequence markdown, int from, int to) {
        int characters = 0;
        int digits = 0;
        int sentenceEnds = 0;
        boolean question = false;
        boolean link = false;
        int firstVisible = -1;
        int n = to;
        for (int i = from; i < n; i++) {
            char c = markdown.charAt(i);
            if (CjkCharacters.isCommonIdeograph(c)) {
                // A run of Han ideographs, most of what follows a Chinese label: visible, no markup,
                // no digit, no sentence mark and no link's start; the general path below would say the
                // same of each, one at a time.
                if (firstVisible < 0) {
                    firstVisible = i;
                }
                int run = i;
                while (run + 1 < n && CjkCharacters.isCommonIdeograph(markdown.charAt(run + 1))) {
                    run++;
                }
                characters += run - i + 1;
                i = run;
                continue;
            }
            if (c == '!' && i + 1 < n && markdown.charAt(i + 1) == '[') {
                i = skipImage(markdown, i, n);
                continue;
            }
            if (c == '\\' && i + 1 < n && markdown.charAt(i + 1) == '[') {
                // An escaped bracket opens a time or a stage direction (\[04:22\], \[laughs\]): not what is said.
                i = skipEscapedBracket(markdown, i, n);
                continue;
            }
            if (firstVisible < 0 && c == '[') {
                // A label followed at once by a Markdown link introduces a reference ({@code 推荐阅读：[…](…)}).
                firstVisible = i;
                link = true;
            }
            if (c == '*' || c == '_' || c == '\\' || c == '[' || c == ']' || c == '#' || c == '>' || isSpace(c)) {
                continue;
            }
            if (firstVisible < 0) {
                firstVisible = i;
                link = startsLink(markdown, i, n);
            }
            if (c == '(' && i > from && markdown.charAt(i - 1) == ']') {
                i = skipParenthesis(markdown, i, n);
                continue;
            }
            characters++;
            if (c >= '0' && c <= '9') {
                digits++;
            }
            switch (c) {
                case '。', '！', '!', '…', '；', ';' -> sentenceEnds++;
                case '？', '?' -> {
                    sentenceEnds++;
                    question = true;
                }
                case '.' -> {
                    if (i + 1 >= n || markdown.charAt(i + 1) == ' ' || markdown.charAt(i + 1) == '\n') {
                        sentenceEnds++;
                    }
                }
                default -> { }
            }
        }
        Kind kind;
        if (characters == 0) {
            kind = Kind.NOTHING;
        } else if (link) {
            kind = Kind.LINK;
        } else if (2 * digits >= characters) {
            kind = Kind.NUMBER;
        } else if (sentenceEnds > 0 && characters >= MIN_SENTENCE || characters >= UNPUNCTUATED_SPEECH) {
            kind = Kind.SPEECH;
        } else {
            kind = Kind.SHORT;
        }
        return new FollowingText(kind, characters, question);
    }

    /** Whether it is speech. */
    public boolean isSpeech() {
        return kind == Kind.SPEECH;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00a0';
    }

    private static boolean startsLink(CharSequence s, int i, int end) {
        return regionStarts(s, i, end, "http://") || regionStarts(s, i, end, "https://")
                || regionStarts(s, i, end, "www.") || regionStarts(s, i, end, "//");
    }

    private static boolean regionStarts(CharSequence s, int i, int end, String prefix) {
        if (i + prefix.length() > end) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(s.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the last character of the image {@code ![alt](url)} that starts at {@code i}. */
    private static int skipImage(CharSequence s, int i, int end) {
        int close = indexOf(s, ']', i + 2, end);
        if (close < 0 || close + 1 >= end || s.charAt(close + 1) != '(') {
            return i;
        }
        return skipParenthesis(s, close + 1, end);
    }

    private static int skipEscapedBracket(CharSequence s, int at, int end) {
        for (int i = at + 2; i + 1 < end; i++) {
            if (s.charAt(i) == '\\' && s.charAt(i + 1) == ']') {
                return i + 1;
            }
        }
        return at + 1;
    }

    private static int skipParenthesis(CharSequence s, int open, int end) {
        int close = indexOf(s, ')', open + 1, end);
        return close < 0 ? end - 1 : close;
    }

    private static int indexOf(CharSequence s, char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
