package dev.interviewkit.export.testing;

import dev.interviewkit.model.internal.CjkCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subtitle reader stricter than any player, written apart from the writers: it reads SRT and
 * WebVTT and throws {@link AssertionError} at the first thing a careful subtitler would reject:
 * indices not counting from 1, a malformed or out-of-order time, a cue that overlaps the one before
 * or ends before it starts, an empty cue, a line wider than the limits, more lines than allowed, a
 * {@code -->} or an unescaped {@code <} or {@code &} in WebVTT text, a missing voice tag or NOTE.
 */
public final class StrictSubtitleReader {

    /** A cue as read, times in milliseconds; WebVTT text unescaped, without its voice tag. */
    public record ReadCue(int index, long start, long end, String voice, List<String> lines) {}

    /** Line limits: full-width units for lines with Chinese, characters for Latin lines, and lines a cue. */
    public record Limits(double chineseWidth, int latinLength, int maxLines) {
        /** The defaults of docs/DESIGN.md, "Timelines without audio". */
        public static Limits standard() {
            return new Limits(16, 42, 2);
        }
    }

    private static final Pattern SRT_TIME = Pattern.compile(
            "(\\d{2}):(\\d{2}):(\\d{2}),(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2}),(\\d{3})");
    private static final Pattern VTT_TIME = Pattern.compile(
            "(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})");
    private static final Pattern VOICE = Pattern.compile("^<v ([^>]+)>");

    private StrictSubtitleReader() {}

    /** Reads SRT; a label such as {@code Name：} before the first line is counted in that line's width. */
    public static List<ReadCue> srt(String text, Limits limits) {
        require(!text.startsWith("\uFEFF"), "SRT starts with a byte order mark");
        List<ReadCue> cues = new ArrayList<>();
        if (text.isEmpty()) {
            return cues;
        }
        require(text.endsWith("\n\n"), "SRT does not end with a blank line after the last cue");
        String[] blocks = text.substring(0, text.length() - 2).split("\n\n", -1);
        long previousEnd = 0;
        for (String block : blocks) {
            String[] lines = block.split("\n", -1);
            require(lines.length >= 3, "cue without text: " + block);
            int index = Integer.parseInt(lines[0]);
            require(index == cues.size() + 1, "cue index " + index + ", expected " + (cues.size() + 1));
            long[] times = times(SRT_TIME, lines[1], block);
            require(times[0] >= previousEnd, "cue " + index + " starts before the previous one ends");
            List<String> textLines = List.of(lines).subList(2, lines.length);
            checkLines(textLines, limits, index, limits.maxLines());
            for (String line : textLines) {
                require(!line.contains("-->"), "cue " + index + " text holds -->");
            }
            cues.add(new ReadCue(index, times[0], times[1], "", textLines));
            previousEnd = times[1];
        }
        return cues;
    }

    /** Reads WebVTT. */
    public static List<ReadCue> vtt(String text, Limits limits) {
        require(text.startsWith("WEBVTT\n\n"), "WebVTT does not start with its header and a blank line");
        String[] blocks = text.substring("WEBVTT\n\n".length()).split("\n\n", -1);
        require(blocks.length > 0 && blocks[0].startsWith("NOTE\n"), "WebVTT has no NOTE after its header");
        require(blocks[0].contains("estimate"), "the NOTE does not say that times are estimates");
        require(!blocks[0].contains("-->"), "the NOTE holds -->");
        List<ReadCue> cues = new ArrayList<>();
        long previousEnd = 0;
        for (int b = 1; b < blocks.length; b++) {
            String block = b == blocks.length - 1 && blocks[b].endsWith("\n") ? blocks[b].substring(0, blocks[b].length() - 1)
                    : blocks[b];
            String[] lines = block.split("\n", -1);
            require(lines.length >= 3, "cue without text: " + block);
            int index = Integer.parseInt(lines[0]);
            require(index == cues.size() + 1, "cue index " + index + ", expected " + (cues.size() + 1));
            long[] times = times(VTT_TIME, lines[1], block);
            require(times[0] >= previousEnd, "cue " + index + " starts before the previous one ends");
            Matcher voice = VOICE.matcher(lines[2]);
            require(voice.find(), "cue " + index + " has no voice tag: " + lines[2]);
            List<String> textLines = new ArrayList<>(List.of(lines).subList(2, lines.length));
            textLines.set(0, textLines.get(0).substring(voice.end()));
            List<String> plain = new ArrayList<>();
            for (String line : textLines) {
                require(!line.contains("-->"), "cue " + index + " text holds -->");
                require(line.indexOf('<') < 0 && line.indexOf('>') < 0, "cue " + index + " text holds markup: " + line);
                plain.add(unescape(line, index));
            }
            checkLines(plain, limits, index, limits.maxLines());
            cues.add(new ReadCue(index, times[0], times[1], unescape(voice.group(1), index), plain));
            previousEnd = times[1];
        }
        return cues;
    }

    private static long[] times(Pattern pattern, String line, String block) {
        Matcher m = pattern.matcher(line);
        require(m.matches(), "malformed timing line '" + line + "' in: " + block);
        long start = millis(m, 1);
        long end = millis(m, 5);
        require(end > start, "cue ends at " + end + " ms, not after its start " + start);
        require(Integer.parseInt(m.group(2)) < 60 && Integer.parseInt(m.group(3)) < 60
                && Integer.parseInt(m.group(6)) < 60 && Integer.parseInt(m.group(7)) < 60, "minutes or seconds over 59");
        return new long[] {start, end};
    }

    private static long millis(Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }

    private static void checkLines(List<String> lines, Limits limits, int index, int maxLines) {
        require(!lines.isEmpty() && lines.size() <= maxLines, "cue " + index + " has " + lines.size() + " lines");
        boolean chinese = lines.stream().anyMatch(StrictSubtitleReader::hasWide);
        for (String line : lines) {
            require(!line.isBlank(), "cue " + index + " has a blank line");
            require(line.equals(line.strip()), "cue " + index + " has a line with spaces at its edge: '" + line + "'");
            if (chinese) {
                require(halfUnits(line) <= limits.chineseWidth() * 2,
                        "cue " + index + " line is " + halfUnits(line) / 2.0 + " wide: " + line);
            } else {
                require(visible(line) <= limits.latinLength(), "cue " + index + " line has " + visible(line) + " characters: " + line);
            }
        }
    }

    /** Width in half units: CJK and emoji 2, marks and joiners 0, the rest 1. */
    public static int halfUnits(String line) {
        return line.codePoints().map(StrictSubtitleReader::width).sum();
    }

    private static int visible(String line) {
        return (int) line.codePoints().filter(cp -> width(cp) > 0).count();
    }

    private static boolean hasWide(String line) {
        return line.codePoints().anyMatch(cp -> width(cp) == 2);
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return 0;
        }
        return CjkCharacters.isWide(cp) || cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF ? 2 : 1;
    }

    private static String unescape(String text, int index) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                if (text.startsWith("&amp;", i)) {
                    out.append('&');
                    i += 4;
                } else if (text.startsWith("&lt;", i)) {
                    out.append('<');
                    i += 3;
                } else if (text.startsWith("&gt;", i)) {
                    out.append('>');
                    i += 3;
                } else {
                    throw new AssertionError("cue " + index + " has a bare &: " + text);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError(problem);
        }
    }
}
