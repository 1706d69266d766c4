package dev.interviewkit.parser.internal.block;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.internal.CjkCharacters;
import dev.interviewkit.model.internal.InlineText;
import dev.interviewkit.parser.internal.assembly.Unit;
import dev.interviewkit.parser.internal.assembly.UnitPass;
import dev.interviewkit.parser.internal.assembly.Units;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.FramingTitles;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives section headings the shape a reader sees, whatever markup the exporter used:
 * <ul>
 *   <li>a short paragraph that is all bold and stands right before a turn is a heading
 *       ({@code **有的公司继续做闭源，我觉得是一种商业选择**});
 *   <li>headings that follow each other form one title: {@code **o1 提升了 AI 上限，**} and
 *       {@code **带来了新范式**} read as {@code o1 提升了 AI 上限，带来了新范式};
 *   <li>a heading that is only a number ({@code **01**}) numbers the title after it; when the
 *       title is a plain short line after it, that line is the title;
 *   <li>a pull quote under a heading ({@code **\>****"…"**}) is its subtitle.
 * </ul>
 */
public final class HeadingShaper implements UnitPass {

    /** Longer bold paragraphs are emphasis in the text, not titles. */
    private static final int MAX_TITLE_LENGTH = 40;
    private static final int MAX_SUBTITLE_LENGTH = 80;

    private final BoilerplateRules boilerplateRules;

    /** A shaper that knows boilerplate, which is never a title. */
    public HeadingShaper(BoilerplateRules boilerplateRules) {
        this.boilerplateRules = boilerplateRules;
    }

    /** {@code units} with headings promoted, merged and given their subtitles. */
    @Override
    public List<Unit> apply(List<Unit> units) {
        List<Unit> promoted = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            boolean boldTitle = isBoldTitle(unit) && turnFollows(units, i + 1)
                    || isImageTitle(unit) && i + 1 < units.size() && isPullQuote(units.get(i + 1))
                            && turnFollows(units, i + 2);
            // ****02.**** then a plain title line, then the turns: a numbered heading in paragraphs.
            boolean numberedTitle = unit.kind() == Unit.Kind.TEXT && isNumber(unit) && i + 1 < units.size()
                    && isPlainShortTitle(units.get(i + 1)) && turnFollows(units, i + 2);
            promoted.add(boldTitle || numberedTitle ? retype(unit, Unit.Kind.HEADING) : unit);
        }
        return merge(promoted);
    }

    private static List<Unit> merge(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        int i = 0;
        while (i < units.size()) {
            Unit unit = units.get(i);
            if (unit.kind() != Unit.Kind.HEADING) {
                out.add(unit);
                i++;
                continue;
            }
            List<String> title = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            List<String> subtitle = new ArrayList<>();
            int last = unit.lastLine();
            int j = i;
            while (j < units.size() && continuesHeading(unit, units.get(j), j == i)) {
                Unit part = units.get(j);
                (isNumber(part) ? numbers : title).addAll(part.content());
                last = part.lastLine();
                j++;
            }
            if (title.isEmpty() && j < units.size() && isPlainShortTitle(units.get(j))) {
                title.addAll(units.get(j).content());
                last = units.get(j).lastLine();
                j++;
            }
            if (j < units.size() && isPullQuote(units.get(j)) && !title.isEmpty()) {
                subtitle.addAll(units.get(j).content());
                last = units.get(j).lastLine();
                j++;
            }
            List<String> content = title.isEmpty() ? numbers : List.of(withoutPartMarker(joinTitle(title)));
            out.add(new Unit(Unit.Kind.HEADING, unit.firstLine(), last, content, unit.level(), unit.label(), subtitle));
            i = j;
        }
        return out;
    }

    /**
     * Whether {@code part} joins the heading that {@code first} starts: a heading of the same level
     * (or a bare number), and neither one a framing title such as {@code 文稿整理}.
     */
    private static boolean continuesHeading(Unit first, Unit part, boolean isFirst) {
        if (part.kind() != Unit.Kind.HEADING) {
            return false;
        }
        if (isFirst) {
            return true;
        }
        return (part.level() == first.level() || isNumber(first)) && !isFraming(first) && !isFraming(part);
    }

    private static boolean isFraming(Unit heading) {
        String text = heading.inlines().plainText();
        return FramingTitles.introducesTranscript(text) || FramingTitles.introducesRelated(text);
    }

    private static Unit retype(Unit unit, Unit.Kind kind) {
        return unit.as(kind, unit.label());
    }

    /** Whether a turn starts at {@code from}, looking past pull quotes, other bold titles and debris. */
    private boolean turnFollows(List<Unit> units, int from) {
        for (int i = from; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.kind() == Unit.Kind.TURN_START) {
                return true;
            }
            boolean debris = unit.kind() == Unit.Kind.RULE
                    || unit.kind() == Unit.Kind.TEXT && unit.inlines().inlines().isEmpty();
            if (!debris && !isPullQuote(unit) && !isBoldTitle(unit)) {
                return false;
            }
        }
        return false;
    }

    /** A short paragraph that is all bold (an image may stand before it) and reads as a title. */
    boolean isBoldTitle(Unit unit) {
        if (unit.kind() != Unit.Kind.TEXT) {
            return false;
        }
        List<Inline> inlines = unit.inlines().inlines();
        boolean bold = false;
        boolean plainText = false;
        boolean image = false;
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Strong) {
                bold |= !InlineText.isBlank(inline);
                image |= Units.isImageOnly(((Inline.Strong) inline).children()) || hasImage(((Inline.Strong) inline).children());
            } else if (inline instanceof Inline.Image) {
                image = true;
            } else if (!InlineText.isBlank(inline)) {
                plainText = true;
            }
        }
        String text = unit.inlines().plainText().strip();
        boolean looksBold = bold && !plainText || isWrappedInStars(unit);
        return looksBold && !image && (isTitleText(text) || isHeadline(text)) && !text.startsWith(">")
                && boilerplateRules.classify(text).isEmpty();
    }

    /** A bold title set after an image ({@code ![图片](…)**做研究，做探索**}); a pull quote must follow. */
    static boolean isImageTitle(Unit unit) {
        if (unit.kind() != Unit.Kind.TEXT) {
            return false;
        }
        List<Inline> inlines = unit.inlines().inlines();
        if (inlines.size() != 2 || !(inlines.get(0) instanceof Inline.Image) || !(inlines.get(1) instanceof Inline.Strong)) {
            return false;
        }
        return isTitleText(inlines.get(1).plainText().strip());
    }

    private static boolean hasImage(List<Inline> inlines) {
        return inlines.stream().anyMatch(i -> i instanceof Inline.Image);
    }

    /**
     * {@code ****几个人的兴趣小组，****}: nested bold that html2text wrote as four stars a side, which
     * toggles twice and so reads as plain text, though the article showed it bold.
     */
    private static boolean isWrappedInStars(Unit unit) {
        String raw = SourceLines.strip(String.join(" ", unit.content()));
        return unit.content().size() <= 2 && raw.length() > 4 && raw.startsWith("**") && raw.endsWith("**");
    }

    private static boolean isTitleText(String text) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_TITLE_LENGTH) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        return "。！？!?；;：:".indexOf(end) < 0;
    }

    /** Headlines this short may end in a full stop: {@code C.AI 卖身了，怎么看。} */
    private static final int MAX_HEADLINE_LENGTH = 20;

    /** A short two-clause headline that ends in {@code 。}, set alone in bold before a turn. */
    private static boolean isHeadline(String text) {
        return text.endsWith("。") && text.indexOf('，') > 0 && text.indexOf('。') == text.length() - 1
                && text.codePointCount(0, text.length()) <= MAX_HEADLINE_LENGTH;
    }

    private static boolean isPlainShortTitle(Unit unit) {
        if (unit.kind() != Unit.Kind.TEXT || unit.content().size() != 1) {
            return false;
        }
        String text = unit.inlines().plainText().strip();
        return isTitleText(text) && FramingTitles.isShortTitle(text);
    }

    /** {@code **\>****"做最重要、最困难的事"**} or a block quote, short, under a heading. */
    static boolean isPullQuote(Unit unit) {
        if (unit.kind() != Unit.Kind.TEXT && unit.kind() != Unit.Kind.QUOTE) {
            return false;
        }
        String text = unit.inlines().plainText().strip();
        boolean quoted = unit.kind() == Unit.Kind.QUOTE || text.startsWith(">");
        return quoted && text.length() <= MAX_SUBTITLE_LENGTH;
    }

    /**
     * The lines of a title split over several headings, as one line: they were separate elements,
     * not a wrapped line, so they join with nothing beside CJK text ({@code 朱军：} and
     * {@code 18 个月} give {@code 朱军：18 个月}) and with one space between Latin words.
     */
    private static String joinTitle(List<String> parts) {
        StringBuilder joined = new StringBuilder();
        String previousText = "";
        for (String part : parts) {
            String text = InlineParser.parse(List.of(part)).plainText();
            if (text.isBlank()) {
                joined.append(part);
                continue;
            }
            if (!previousText.isEmpty()) {
                int before = previousText.codePointBefore(previousText.length());
                int after = text.codePointAt(0);
                if (!CjkCharacters.isWide(before) && !CjkCharacters.isWide(after)) {
                    joined.append(' ');
                }
            }
            joined.append(part.strip());
            previousText = text;
        }
        return joined.toString();
    }

    /** Words that mark a part as numbers do: {@code 尾声.} is the last part, as {@code 04.} would be. */
    private static final List<String> PART_WORDS = List.of("尾声", "序章", "序言", "引子", "结语", "后记", "Epilogue",
            "Prologue");

    /**
     * {@code 尾声. 找到自己的“林中路”} titles its section {@code 找到自己的“林中路”}: a leading number
     * or part word with its dot is the section's number, not its title.
     */
    private static String withoutPartMarker(String title) {
        String plain = InlineParser.parse(List.of(title)).plainText().strip();
        int i = 0;
        while (i < plain.length() && (Character.isDigit(plain.charAt(i)) || "一二三四五六七八九十".indexOf(plain.charAt(i)) >= 0)) {
            i++;
        }
        if (i == 0) {
            for (String word : PART_WORDS) {
                if (plain.startsWith(word)) {
                    i = word.length();
                }
            }
        }
        if (i == 0 || i >= plain.length() || ".、．".indexOf(plain.charAt(i)) < 0) {
            return title;
        }
        String rest = plain.substring(i + 1).strip();
        return rest.isEmpty() ? title : rest;
    }

    /** {@code 01}, {@code 02.}, {@code 三、}: a heading that only numbers the section. */
    static boolean isNumber(Unit unit) {
        String text = unit.inlines().plainText().strip();
        while (!text.isEmpty() && ".、．)）:：".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty() || text.length() > 4) {
            return false;
        }
        return text.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９'
                || "一二三四五六七八九十".indexOf(c) >= 0);
    }

    /** The subtitle's words: the quote marker taken off. */
    public static String subtitleText(List<String> lines) {
        String text = InlineParser.parse(lines).plainText().strip();
        while (text.startsWith(">")) {
            text = text.substring(1).strip();
        }
        return text;
    }
}
