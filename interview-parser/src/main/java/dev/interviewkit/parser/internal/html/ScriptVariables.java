package dev.interviewkit.parser.internal.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The string variables a WeChat page's inline scripts set ({@code var ct = "1762243169";},
 * {@code var nickname = htmlDecode("波元霸");}, {@code var msg_title = '…'.html(false);}) and the
 * {@code provinceName} of {@code window.ip_wording}: the page's most reliable metadata. The scripts
 * are read as text and never run: only a string literal right after {@code =} (or inside
 * {@code htmlDecode(…)}/{@code JsDecode(…)}) counts, with its JavaScript escapes ({@code \x26},
 * {@code \u003c}) and then its HTML entities decoded, as the page's own script would.
 */
final class ScriptVariables {

    /** The object literal {@code provinceName} is read from. */
    private static final String IP_WORDING = "ip_wording";
    private static final String PROVINCE = "provinceName";
    /** How far after {@code ip_wording} its {@code provinceName} may stand. */
    private static final int IP_WORDING_REACH = 1_000;
    /** No metadata value is longer; a longer literal is minified code, not a field. */
    private static final int MAX_VALUE = 4_000;

    /** A value and the page line it stands on. */
    record Value(String text, int line) {}

    private final Map<String, Value> values = new HashMap<>();

    private ScriptVariables() {}

    /** The first non-blank string value of each of {@code names} in the page's inline scripts. */
    static ScriptVariables read(Document page, List<String> names) {
        ScriptVariables found = new ScriptVariables();
        for (Element script : page.getElementsByTag("script")) {
            if (script.hasAttr("src") || found.values.size() == names.size() + 1) {
                continue;
            }
            for (DataNode data : script.dataNodes()) {
                String text = data.getWholeData();
                int line = Math.max(1, data.sourceRange().start().lineNumber());
                for (String name : names) {
                    if (!found.values.containsKey(name)) {
                        found.find(text, 0, text.length(), line, "var " + name, name, '=');
                    }
                }
                if (!found.values.containsKey(PROVINCE)) {
                    found.findProvince(text, line);
                }
            }
        }
        return found;
    }

    /**
     * The first {@code provinceName: '…'} that stands within reach after an {@code ip_wording}.
     * Each {@code provinceName} is looked at once, and behind it only as far as the reach, so that a
     * script full of either word costs time linear in its length.
     */
    private void findProvince(String text, int firstLine) {
        for (int at = text.indexOf(PROVINCE); at >= 0; at = text.indexOf(PROVINCE, at + PROVINCE.length())) {
            int windowStart = Math.max(0, at - IP_WORDING_REACH);
            if (text.substring(windowStart, at).contains(IP_WORDING)) {
                find(text, at, at + 1, firstLine, PROVINCE, PROVINCE, ':');
                if (values.containsKey(PROVINCE)) {
                    return;
                }
            }
        }
    }

    /** The value of {@code name}, if a script sets it to a non-blank string. */
    Optional<Value> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * Finds {@code key}, starting between {@code from} and {@code to}, followed by {@code assign}
     * and a string literal; records the first non-blank one as {@code name}.
     */
    private void find(String text, int from, int to, int firstLine, String key, String name, char assign) {
        int at = text.indexOf(key, from);
        while (at >= 0 && at < to) {
            int after = at + key.length();
            boolean wholeName = after < text.length() && !Character.isJavaIdentifierPart(text.charAt(after))
                    && (at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)));
            if (wholeName) {
                Optional<String> value = literalAfter(text, after, assign);
                if (value.isPresent() && !value.get().isBlank()) {
                    values.put(name, new Value(value.get().strip(), firstLine + newlinesBefore(text, at)));
                    return;
                }
            }
            at = text.indexOf(key, after);
        }
    }

    /** The string literal after {@code assign} at {@code from}, through a decoding call, decoded. */
    private static Optional<String> literalAfter(String text, int from, char assign) {
        int i = skipSpaces(text, from);
        if (i >= text.length() || text.charAt(i) != assign) {
            return Optional.empty();
        }
        i = skipSpaces(text, i + 1);
        for (String call : new String[] {"htmlDecode(", "JsDecode("}) {
            if (text.startsWith(call, i)) {
                i = skipSpaces(text, i + call.length());
            }
        }
        if (i >= text.length() || text.charAt(i) != '"' && text.charAt(i) != '\'') {
            return Optional.empty();
        }
        return jsString(text, i).map(s -> s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s);
    }

    /** The JavaScript string literal opening at {@code open}, its escapes decoded; empty when it does not close on its line. */
    static Optional<String> jsString(String text, int open) {
        char quote = text.charAt(open);
        StringBuilder out = new StringBuilder();
        int i = open + 1;
        while (i < text.length() && out.length() <= MAX_VALUE) {
            char c = text.charAt(i);
            if (c == quote) {
                return Optional.of(out.toString());
            }
            if (c == '\n' || c == '\r') {
                return Optional.empty();
            }
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = text.charAt(i + 1);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case '0' -> out.append('\0');
                case 'x', 'u' -> {
                    int digits = e == 'x' ? 2 : 4;
                    int code = hex(text, i + 2, digits);
                    if (code >= 0) {
                        out.append((char) code);
                        i += 2 + digits;
                        continue;
                    }
                    out.append(e);
                }
                case '\n' -> { } // a line continuation
                default -> out.append(e);
            }
            i += 2;
        }
        return Optional.empty();
    }

    private static int hex(String text, int from, int digits) {
        if (from + digits > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int newlinesBefore(String text, int at) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }
}
