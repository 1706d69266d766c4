package dev.interviewkit.parser.internal.block;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.internal.CjkCharacters;
import dev.interviewkit.parser.internal.source.LineJoiner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * Reads the inline content of one block: emphasis, links, images, code, autolinks, escapes,
 * entities, inline HTML and hard breaks.
 *
 * <p>Emphasis is read the way html2text writes it, not by CommonMark's flanking rules (which fail
 * next to CJK punctuation): every run of {@code *} toggles bold once per pair of stars and italics
 * once per odd star, so broken runs such as {@code ****} or {@code **a**b** c**} never leave a star
 * in the text. Every look-ahead reads a table built once, on first use, or is bounded, so the time is linear in the input.
 */
public final class InlineParser {

    /** Where the joined text holds a hard break: the line joiner marks them. */
    private static final char HARD_BREAK = LineJoiner.HARD_BREAK;

    private static final int MAX_NESTING = 16;
    private static final int MAX_TAG_LENGTH = 500;

    private final String s;
    /** Look-up tables, each built on first use: most paragraphs need none of them. */
    private int[] closingBracket;
    private int[] nextUrlStop;
    private int[] nextGreater;
    private int[] nextLess;
    private int[] nextBacktickRun;
    private boolean sawHtml;
    private boolean repairedEntity;

    private InlineParser(String s) {
        this.s = s;
    }

    /** The index of the {@code ]} that closes the {@code [} at {@code open}, or -1. */
    private int closingBracket(int open) {
        if (closingBracket == null) {
            closingBracket = closingBrackets();
        }
        return closingBracket[open];
    }

    /** Where a link destination starting at {@code from} ends: white space or an unbalanced {@code )}. */
    private int urlStop(int from) {
        if (nextUrlStop == null) {
            nextUrlStop = urlStops();
        }
        return nextUrlStop[from];
    }

    /** The next index at or after {@code from} holding {@code >}, or the length. */
    private int nextGreater(int from) {
        if (nextGreater == null) {
            nextGreater = nextIndexOf('>');
        }
        return nextGreater[from];
    }

    /** The next index at or after {@code from} holding {@code <}, or the length. */
    private int nextLess(int from) {
        if (nextLess == null) {
            nextLess = nextIndexOf('<');
        }
        return nextLess[from];
    }

    /** For the backtick run at {@code i}, where the next run of the same length starts, or -1. */
    private int nextBacktickRun(int i) {
        if (nextBacktickRun == null) {
            nextBacktickRun = nextBacktickRuns();
        }
        return nextBacktickRun[i];
    }

    /** The inlines of a block whose content lines are {@code lines}. */
    public static Result parse(List<String> lines) {
        return parseJoined(join(lines));
    }

    /** The inlines of one already joined string (hard breaks as {@link LineJoiner#HARD_BREAK}). */
    public static Result parseJoined(String text) {
        InlineParser parser = new InlineParser(text);
        List<Inline> inlines = parser.parseRange(0, text.length(), 0);
        return new Result(inlines, parser.sawHtml, parser.repairedEntity);
    }

    /**
     * What the parser read, whether it dropped HTML markup on the way, and whether it repaired an
     * entity html2text corrupted in a URL.
     *
     * <p>Its plain text is built on first use and kept: the stages ask a unit for it several times.
     * A result belongs to one parse, as its unit does, and is not shared between threads.
     */
    public static final class Result {
        private final List<Inline> inlines;
        private final boolean droppedHtml;
        private final boolean repairedEntity;
        private String plainText;

        public Result(List<Inline> inlines, boolean droppedHtml, boolean repairedEntity) {
            this.inlines = inlines;
            this.droppedHtml = droppedHtml;
            this.repairedEntity = repairedEntity;
        }

        public List<Inline> inlines() {
            return inlines;
        }

        public boolean droppedHtml() {
            return droppedHtml;
        }

        public boolean repairedEntity() {
            return repairedEntity;
        }

        public String plainText() {
            if (plainText == null) {
                plainText = Inline.plainText(inlines);
            }
            return plainText;
        }
    }

    /** Joins wrapped lines into the string this parser reads: see {@link LineJoiner}. */
    public static String join(List<String> lines) {
        return LineJoiner.join(lines);
    }

    /** For each {@code [}, its matching {@code ]}, or -1; escaped brackets do not count. */
    private int[] closingBrackets() {
        int n = s.length();
        int[] closing = new int[n];
        int[] stack = new int[n + 1];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            closing[i] = -1;
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                if (i < n) {
                    closing[i] = -1;
                }
            } else if (c == '[') {
                stack[depth++] = i;
            } else if (c == ']' && depth > 0) {
                closing[stack[--depth]] = i;
            }
        }
        return closing;
    }

    /** Where a link destination starting at each index ends: white space or an unbalanced {@code )}. */
    private int[] urlStops() {
        int n = s.length();
        int[] closingParen = matchingParentheses();
        int[] stops = new int[n + 1];
        stops[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')' || c == HARD_BREAK || Character.isWhitespace(c)) {
                stops[i] = i;
            } else if (c == '(' && closingParen[i] > 0) {
                // Balanced parentheses belong to the URL: cubox.pro/c/filters:no_upscale()?imageUrl=…
                stops[i] = stops[closingParen[i] + 1];
            } else {
                stops[i] = stops[i + 1];
            }
        }
        return stops;
    }

    /** For each index, the next index holding {@code c}, or the length. */
    private int[] nextIndexOf(char c) {
        int n = s.length();
        int[] next = new int[n + 1];
        next[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            next[i] = s.charAt(i) == c ? i : next[i + 1];
        }
        return next;
    }

    /** For each run of backticks, where the next run of the same length starts, or -1. */
    private int[] nextBacktickRuns() {
        int n = s.length();
        int[] next = new int[n];
        Map<Integer, Integer> nextRunOfLength = new HashMap<>();
        for (int i = n - 1; i >= 0; i--) {
            next[i] = -1;
            if (s.charAt(i) == '`' && (i == 0 || s.charAt(i - 1) != '`')) {
                int length = runLength(i, '`', n);
                next[i] = nextRunOfLength.getOrDefault(length, -1);
                nextRunOfLength.put(length, i);
            }
        }
        return next;
    }

    /** For each {@code (}, its matching {@code )} with no white space between, or -1. */
    private int[] matchingParentheses() {
        int n = s.length();
        int[] match = new int[n];
        int[] stack = new int[n + 1];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            match[i] = -1;
            char c = s.charAt(i);
            if (c == '(') {
                stack[depth++] = i;
            } else if (c == ')' && depth > 0) {
                match[stack[--depth]] = i;
            } else if (c == HARD_BREAK || Character.isWhitespace(c)) {
                depth = 0; // a URL has no spaces: no pair spans one
            }
        }
        return match;
    }

    private int runLength(int i, char c, int end) {
        int j = i;
        while (j < end && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private List<Inline> parseRange(int from, int to, int nesting) {
        Pieces pieces = new Pieces();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int next;
            switch (c) {
                case HARD_BREAK:
                    pieces.atom(Inline.lineBreak());
                    next = i + 1;
                    break;
                case '\\':
                    next = escape(i, to, pieces);
                    break;
                case '*':
                    next = stars(i, to, pieces);
                    break;
                case '_':
                    next = underscores(i, to, pieces);
                    break;
                case '[':
                    next = link(i, to, nesting, pieces);
                    break;
                case '!':
                    next = i + 1 < to && s.charAt(i + 1) == '[' ? image(i, to, pieces) : literal(i, pieces);
                    break;
                case '`':
                    next = code(i, to, pieces);
                    break;
                case '<':
                    next = angle(i, to, pieces);
                    break;
                case 'h':
                    next = bareUrl(i, to, pieces);
                    break;
                case ' ':
                    next = space(i, to, pieces);
                    break;
                default:
                    next = plainRun(i, to, pieces);
            }
            i = next;
        }
        return pieces.build();
    }

    /** Whether {@link #parseRange} gives {@code c} a rule of its own rather than copying it as text. */
    private static boolean startsMarkup(char c) {
        switch (c) {
            case HARD_BREAK: case '\\': case '*': case '_': case '[': case '!': case '`': case '<': case 'h': case ' ':
                return true;
            default:
                return false;
        }
    }

    /**
     * Text up to the next character that may start markup, copied as one piece: most of a
     * paragraph is plain words, and copying them a character at a time was most of the parse.
     */
    private int plainRun(int i, int to, Pieces pieces) {
        int end = i + 1;
        while (end < to && !startsMarkup(s.charAt(end))) {
            end++;
        }
        pieces.text(s, i, end);
        return end;
    }

    /**
     * A space beside a star run ({@code **百** **度}) is where html2text closed one bold run and
     * opened the next: between two CJK characters it is no space at all.
     */
    private int space(int i, int to, Pieces pieces) {
        boolean besideStars = i > 0 && s.charAt(i - 1) == '*' || i + 1 < to && s.charAt(i + 1) == '*';
        if (besideStars) {
            pieces.softSpace();
        } else {
            pieces.text(' ');
        }
        return i + 1;
    }

    private int literal(int i, Pieces pieces) {
        pieces.text(s.charAt(i));
        return i + 1;
    }

    private int escape(int i, int to, Pieces pieces) {
        if (i + 1 < to) {
            char next = s.charAt(i + 1);
            if (next < 128 && isAsciiPunctuation(next)) {
                pieces.text(next);
                return i + 2;
            }
        }
        pieces.text('\\');
        return i + 1;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    private int stars(int i, int to, Pieces pieces) {
        int n = runLength(i, '*', to);
        boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1));
        boolean spaceAfter = i + n >= to || Character.isWhitespace(s.charAt(i + n));
        if (spaceBefore && spaceAfter && n == 1) {
            pieces.text('*'); // "5 * 3": a lone star between spaces is text; "** **" is broken bold
        } else {
            if ((n / 2) % 2 == 1) {
                pieces.strong = !pieces.strong;
            }
            if (n % 2 == 1) {
                pieces.emphasis = !pieces.emphasis;
            }
        }
        return i + n;
    }

    /** {@code _} marks emphasis only at word edges: {@code mmbiz_jpg} and {@code snake_case} stay text. */
    private int underscores(int i, int to, Pieces pieces) {
        int n = runLength(i, '_', to);
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean wordAfter = i + n < to && Character.isLetterOrDigit(s.charAt(i + n));
        boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1));
        boolean spaceAfter = i + n >= to || Character.isWhitespace(s.charAt(i + n));
        boolean canOpen = !wordBefore && !spaceAfter;
        boolean canClose = !spaceBefore && !wordAfter;
        boolean open = n % 2 == 1 ? pieces.emphasis : pieces.strong;
        if (n > 3 || open ? !canClose : !canOpen) {
            for (int k = 0; k < n; k++) {
                pieces.text('_');
            }
        } else if (n % 2 == 1) {
            pieces.emphasis = !pieces.emphasis;
            if (n == 3) {
                pieces.strong = !pieces.strong;
            }
        } else {
            pieces.strong = !pieces.strong;
        }
        return i + n;
    }

    private int link(int i, int to, int nesting, Pieces pieces) {
        int close = closingBracket(i);
        int destinationEnd = close > 0 && close < to ? destinationEnd(close, to) : -1;
        if (destinationEnd < 0 || nesting >= MAX_NESTING) {
            return literal(i, pieces);
        }
        String url = destination(close + 2, destinationEnd);
        List<Inline> children = parseRange(i + 1, close, nesting + 1);
        pieces.atom(new Inline.Link(url, children));
        return destinationEnd + 1;
    }

    private int image(int bang, int to, Pieces pieces) {
        int open = bang + 1;
        int close = closingBracket(open);
        int destinationEnd = close > 0 && close < to ? destinationEnd(close, to) : -1;
        if (destinationEnd < 0) {
            return literal(bang, pieces);
        }
        String alt = Inline.plainText(parseRange(open + 1, close, MAX_NESTING - 1));
        pieces.atom(Inline.image(destination(close + 2, destinationEnd), alt));
        return destinationEnd + 1;
    }

    /** Where the {@code (url)} after {@code ]} at {@code close} ends (its {@code )}), or -1. */
    private int destinationEnd(int close, int to) {
        if (close + 1 >= to || s.charAt(close + 1) != '(') {
            return -1;
        }
        int stop = urlStop(close + 2);
        if (stop < to && s.charAt(stop) == ')') {
            return stop;
        }
        // A title after the URL: (url "title")
        if (stop < to && s.charAt(stop) == ' ' && stop + 1 < to && s.charAt(stop + 1) == '"') {
            int end = s.indexOf("\")", stop + 2);
            return end > 0 && end < to && end - stop < MAX_TAG_LENGTH ? end + 1 : -1;
        }
        return -1;
    }

    private String destination(int from, int end) {
        int stop = Math.min(urlStop(from), end);
        String url = s.substring(from, stop);
        if (url.startsWith("<") && url.endsWith(">") && url.length() >= 2) {
            url = url.substring(1, url.length() - 1);
        }
        String repaired = repairEntities(url);
        if (holdsNoEntity(repaired)) {
            return repaired; // jsoup would return the same text, at the cost of building a parser per URL
        }
        return Parser.unescapeEntities(repaired, true);
    }

    /**
     * Whether {@code url} surely holds no character reference as an attribute value reads them:
     * every {@code &} starts a query parameter ({@code &from=appmsg}), a name of ASCII letters (then
     * digits) followed by {@code =}, which HTML never reads as a reference inside an attribute.
     * Anything else is left to jsoup.
     */
    private static boolean holdsNoEntity(String url) {
        for (int amp = url.indexOf('&'); amp >= 0; amp = url.indexOf('&', amp + 1)) {
            int i = amp + 1;
            while (i < url.length() && isAsciiLetter(url.charAt(i))) {
                i++;
            }
            if (i == amp + 1) {
                return false;
            }
            while (i < url.length() && url.charAt(i) >= '0' && url.charAt(i) <= '9') {
                i++;
            }
            if (i >= url.length() || url.charAt(i) != '=') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * html2text turns {@code &from=appmsg} in a URL into {@code &from;=appmsg}, reading
     * {@code &from} as an entity: the stray semicolon goes.
     */
    private String repairEntities(String url) {
        if (url.indexOf(";=") < 0) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length());
        int i = 0;
        while (i < url.length()) {
            char c = url.charAt(i);
            if (c == '&') {
                int j = i + 1;
                while (j < url.length() && j - i <= 32 && (Character.isLetterOrDigit(url.charAt(j)) || url.charAt(j) == '_')) {
                    j++;
                }
                if (j > i + 1 && j + 1 < url.length() && url.charAt(j) == ';' && url.charAt(j + 1) == '=') {
                    out.append(url, i, j);
                    i = j + 1;
                    repairedEntity = true;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private int code(int i, int to, Pieces pieces) {
        int length = runLength(i, '`', to);
        int closing = nextBacktickRun(i);
        if (closing < 0 || closing >= to) {
            for (int k = 0; k < length; k++) {
                pieces.text('`');
            }
            return i + length;
        }
        String content = s.substring(i + length, closing).replace(HARD_BREAK, ' ');
        if (content.length() > 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
            content = content.substring(1, content.length() - 1);
        }
        if (content.isEmpty()) {
            return closing + length;
        }
        pieces.atom(Inline.code(content));
        return closing + length;
    }

    /** {@code <https://…>} autolinks, {@code <br>} breaks, other tags dropped (their text stays). */
    private int angle(int i, int to, Pieces pieces) {
        int gt = nextGreater(i + 1 > s.length() ? s.length() : i + 1);
        if (gt >= to || nextLess(i + 1) < gt || gt - i > MAX_TAG_LENGTH || gt == i + 1) {
            return literal(i, pieces);
        }
        String inside = s.substring(i + 1, gt);
        if ((inside.startsWith("http://") || inside.startsWith("https://")) && inside.indexOf(' ') < 0) {
            pieces.atom(Inline.link(inside, Inline.text(inside)));
            return gt + 1;
        }
        if (!looksLikeTag(inside)) {
            return literal(i, pieces);
        }
        sawHtml = true;
        String name = tagName(inside);
        if (name.equals("br")) {
            pieces.atom(Inline.lineBreak());
        } else if (name.equals("p") || name.equals("div")) {
            pieces.text(' ');
        }
        return gt + 1;
    }

    private static boolean looksLikeTag(String inside) {
        if (inside.startsWith("!--") && inside.endsWith("--")) {
            return true;
        }
        int start = inside.startsWith("/") ? 1 : 0;
        return start < inside.length() && inside.charAt(start) < 128 && Character.isLetter(inside.charAt(start));
    }

    private static String tagName(String inside) {
        int start = inside.startsWith("/") ? 1 : 0;
        int end = start;
        while (end < inside.length() && end - start < 20 && inside.charAt(end) < 128
                && Character.isLetterOrDigit(inside.charAt(end))) {
            end++;
        }
        return inside.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** A bare {@code http(s)://} address becomes a link, as GitHub's autolink literals do. */
    private int bareUrl(int i, int to, Pieces pieces) {
        boolean atWordStart = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        if (!atWordStart || !(s.startsWith("http://", i) || s.startsWith("https://", i))) {
            return literal(i, pieces);
        }
        int end = i;
        while (end < to && isUrlChar(s.charAt(end))) {
            end++;
        }
        while (end > i && ".,;:!?'\")*_".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String url = s.substring(i, end);
        if (url.length() <= "https://".length()) {
            return literal(i, pieces);
        }
        pieces.atom(Inline.link(url, Inline.text(url)));
        return end;
    }

    private static boolean isUrlChar(char c) {
        return c > ' ' && c < 127 && c != '<' && c != '>' && c != '"' && c != '`' && c != '[' && c != ']';
    }

    /**
     * Inline pieces with the bold and italic state at the moment each was read; built into nested
     * {@link Inline.Strong}/{@link Inline.Emphasis} at the end, white space collapsed.
     */
    private static final class Pieces {
        boolean strong;
        boolean emphasis;
        private final List<Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean textStrong;
        private boolean textEmphasis;
        private boolean pendingSoftSpace;
        private char lastChar = ' ';

        private record Piece(Inline inline, boolean strong, boolean emphasis) {}

        void text(char c) {
            if (pendingSoftSpace) {
                pendingSoftSpace = false;
                if (!(CjkCharacters.isWide(lastChar) && CjkCharacters.isWide(c))) {
                    append(' ');
                }
            }
            append(c);
        }

        /**
         * The characters {@code from} to {@code to} of {@code source}, as {@link #text(char)} would
         * add them one by one: only the first can meet a pending soft space, and the style cannot
         * change inside the run.
         */
        void text(String source, int from, int to) {
            text(source.charAt(from));
            if (to > from + 1) {
                text.append(source, from + 1, to);
                lastChar = source.charAt(to - 1);
            }
        }

        /** A space that vanishes between two CJK characters; decided when the next character comes. */
        void softSpace() {
            if (!Character.isWhitespace(lastChar)) {
                pendingSoftSpace = true;
            }
        }

        private void append(char c) {
            if (text.length() > 0 && (textStrong != strong || textEmphasis != emphasis)) {
                flush();
            }
            textStrong = strong;
            textEmphasis = emphasis;
            text.append(c);
            lastChar = c;
        }

        void atom(Inline inline) {
            if (pendingSoftSpace) {
                pendingSoftSpace = false;
                append(' ');
            }
            flush();
            pieces.add(new Piece(inline, strong, emphasis));
            lastChar = inline instanceof Inline.LineBreak ? ' ' : 'x';
        }

        private void flush() {
            if (text.length() > 0) {
                String value = text.indexOf("&") >= 0 ? Parser.unescapeEntities(text.toString(), false) : text.toString();
                pieces.add(new Piece(Inline.text(value), textStrong, textEmphasis));
                text.setLength(0);
            }
        }

        List<Inline> build() {
            flush();
            List<Piece> clean = collapseWhiteSpace();
            List<Inline> out = new ArrayList<>();
            int i = 0;
            while (i < clean.size()) {
                boolean groupStrong = clean.get(i).strong;
                int j = i;
                while (j < clean.size() && clean.get(j).strong == groupStrong) {
                    j++;
                }
                List<Inline> inner = byEmphasis(clean.subList(i, j));
                if (groupStrong) {
                    out.add(new Inline.Strong(inner));
                } else {
                    out.addAll(inner);
                }
                i = j;
            }
            return out;
        }

        private static List<Inline> byEmphasis(List<Piece> group) {
            List<Inline> out = new ArrayList<>();
            int i = 0;
            while (i < group.size()) {
                boolean groupEmphasis = group.get(i).emphasis;
                int j = i;
                List<Inline> inner = new ArrayList<>();
                while (j < group.size() && group.get(j).emphasis == groupEmphasis) {
                    inner.add(group.get(j).inline);
                    j++;
                }
                if (groupEmphasis) {
                    out.add(new Inline.Emphasis(inner));
                } else {
                    out.addAll(inner);
                }
                i = j;
            }
            return out;
        }

        /** One space between words, none at the edges or beside a line break; empty pieces dropped. */
        private List<Piece> collapseWhiteSpace() {
            List<Piece> out = new ArrayList<>();
            boolean atBoundary = true;
            StringBuilder pending = new StringBuilder();
            for (int p = 0; p < pieces.size(); p++) {
                Piece piece = pieces.get(p);
                if (!(piece.inline instanceof Inline.Text)) {
                    if (piece.inline instanceof Inline.LineBreak) {
                        trimTrailingSpace(out);
                        atBoundary = true;
                    } else {
                        atBoundary = false;
                    }
                    out.add(piece);
                    continue;
                }
                String value = ((Inline.Text) piece.inline).value();
                if (isCollapsed(value, atBoundary)) {
                    // Nothing to change: keep the piece rather than copy its text.
                    out.add(piece);
                    atBoundary = endsWithSpace(value);
                    continue;
                }
                pending.setLength(0);
                for (int k = 0; k < value.length(); k++) {
                    char c = value.charAt(k);
                    if (c == ' ' || c == '\t' || c == '\u00A0') {
                        if (!atBoundary) {
                            pending.append(' ');
                            atBoundary = true;
                        }
                    } else {
                        pending.append(c);
                        atBoundary = false;
                    }
                }
                if (pending.length() > 0) {
                    out.add(new Piece(Inline.text(pending.toString()), piece.strong, piece.emphasis));
                }
            }
            trimTrailingSpace(out);
            while (!out.isEmpty() && out.get(0).inline instanceof Inline.LineBreak) {
                out.remove(0);
            }
            return out;
        }

        private static boolean isCollapsible(char c) {
            return c == ' ' || c == '\t' || c == '\u00A0';
        }

        /**
         * Whether {@link #collapseWhiteSpace} would leave {@code value} as it is: white space only as
         * single plain spaces, none at a boundary.
         */
        private static boolean isCollapsed(String value, boolean atBoundary) {
            boolean boundary = atBoundary;
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                if (isCollapsible(c)) {
                    if (boundary || c != ' ') {
                        return false;
                    }
                    boundary = true;
                } else {
                    boundary = false;
                }
            }
            return true;
        }

        private static boolean endsWithSpace(String value) {
            return value.charAt(value.length() - 1) == ' ';
        }

        private static void trimTrailingSpace(List<Piece> out) {
            while (!out.isEmpty()) {
                Piece last = out.get(out.size() - 1);
                if (last.inline instanceof Inline.LineBreak && out.size() > 1) {
                    out.remove(out.size() - 1);
                    continue;
                }
                if (!(last.inline instanceof Inline.Text)) {
                    return;
                }
                String value = ((Inline.Text) last.inline).value();
                if (!value.endsWith(" ")) {
                    return;
                }
                String trimmed = value.substring(0, value.length() - 1);
                out.remove(out.size() - 1);
                if (!trimmed.isEmpty()) {
                    out.add(new Piece(Inline.text(trimmed), last.strong, last.emphasis));
                    return;
                }
            }
        }
    }
}
