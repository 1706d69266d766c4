package dev.interviewkit.parser.internal.rules;

/**
 * The characters of speaker labels, as data: which characters no label holds, how long a label
 * may be, the colon that ends it, and the brackets that pair inside it ({@code 「暗涌」}).
 *
 * <p>The canonical Markdown writer must write labels this parser reads, and cannot see this class:
 * {@code interview-export} keeps the stops and the length limit in its {@code MarkdownText}, and its
 * {@code ParserLabelRulesTest} asks this parser whether the two still agree.
 */
public final class LabelCharacters {

    /** Labels are names and role words, not sentences: longer bold candidates are text. */
    public static final int MAX_LENGTH = 32;

    /**
     * Plain labels are role words and short names ({@code 问：}, {@code 埃隆·马斯克：},
     * {@code Anamitra Banerji：}), never phrases: at most this many characters, a Latin one counting half.
     */
    public static final int MAX_PLAIN_LENGTH = 12;

    /** Opening brackets, each at the index of its closing partner in {@link #CLOSING_BRACKETS}. */
    private static final String OPENING_BRACKETS = "「《【『";
    private static final String CLOSING_BRACKETS = "」》】』";

    private LabelCharacters() {}

    /** Characters no label holds: sentence punctuation, brackets of links, markup. */
    public static boolean isStop(char c) {
        // A switch, not a look-up in a string: every line start and star run is asked, character by character.
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

    /** The colon that ends a label, half- or full-width. */
    public static boolean isColon(char c) {
        return c == ':' || c == '：';
    }

    /** {@code word} without the colon it may end in ({@code 来源：} gives {@code 来源}). */
    public static String withoutColon(String word) {
        return !word.isEmpty() && isColon(word.charAt(word.length() - 1)) ? word.substring(0, word.length() - 1) : word;
    }

    /** {@code 「暗涌」} is a name; {@code 「福柯} opens a quotation that a colon happens to follow. */
    public static boolean bracketsBalance(String label) {
        int depth = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (OPENING_BRACKETS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING_BRACKETS.indexOf(c) >= 0) {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** Whether {@code c} opens a bracket a label may hold ({@code 「}, {@code 《}, {@code 【}, {@code 『}). */
    public static boolean isOpeningBracket(char c) {
        return OPENING_BRACKETS.indexOf(c) >= 0;
    }

    /** The label without the one pair of brackets around it, if it stands in one ({@code 「暗涌」} gives {@code 暗涌}). */
    public static String unbracketed(String label) {
        String n = label.strip();
        return isBracketed(n) ? n.substring(1, n.length() - 1).strip() : n;
    }

    /** Whether the whole label stands in one pair of brackets, as a publication's name does ({@code 「暗涌」}). */
    public static boolean isBracketed(String label) {
        String n = label.strip();
        return n.length() > 2 && OPENING_BRACKETS.indexOf(n.charAt(0)) >= 0
                && CLOSING_BRACKETS.indexOf(n.charAt(n.length() - 1)) >= 0;
    }
}
