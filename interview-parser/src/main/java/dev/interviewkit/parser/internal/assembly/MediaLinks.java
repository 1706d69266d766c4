package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.internal.InlineText;
import dev.interviewkit.parser.internal.rules.MediaHosts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a paragraph that points to the interview's recording, such as
 * {@code 原视频链接：https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s}: a short label and one link
 * to a video or audio host, with the start offset read from {@code t=}.
 */
final class MediaLinks {

    private static final int MAX_LABEL_LENGTH = 24;

    private MediaLinks() {}

    /** The media reference {@code inlines} make, if they are a label and one media link. */
    public static Optional<MediaReference.Builder> detect(List<Inline> inlines) {
        Inline.Link link = null;
        StringBuilder label = new StringBuilder();
        for (Inline inline : flatten(inlines)) {
            if (inline instanceof Inline.Link l) {
                if (link != null) {
                    return Optional.empty();
                }
                link = l;
            } else if (link == null) {
                label.append(inline.plainText());
            } else if (!InlineText.isBlank(inline)) {
                return Optional.empty();
            }
        }
        if (link == null || link.url().isBlank() || label.length() > MAX_LABEL_LENGTH) {
            return Optional.empty();
        }
        String title = stripColon(label.toString().strip());
        Optional<MediaKind> kind = MediaHosts.kindOf(link.url(), title);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        MediaReference.Builder media = MediaReference.builder().kind(kind.get()).url(link.url());
        if (!title.isEmpty()) {
            media.title(title);
        }
        startOffset(link.url()).ifPresent(media::startOffset);
        return Optional.of(media);
    }

    private static List<Inline> flatten(List<Inline> inlines) {
        List<Inline> out = new java.util.ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Strong s) {
                out.addAll(flatten(s.children()));
            } else if (inline instanceof Inline.Emphasis e) {
                out.addAll(flatten(e.children()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private static String stripColon(String s) {
        return s.endsWith(":") || s.endsWith("：") ? s.substring(0, s.length() - 1).strip() : s;
    }

    /** The start offset of {@code t=780s}, {@code t=780}, {@code t=1h2m3s} or {@code start=780}. */
    static Optional<Duration> startOffset(String url) {
        for (String key : List.of("?t=", "&t=", "#t=", "?start=", "&start=")) {
            int at = url.indexOf(key);
            if (at >= 0) {
                int from = at + key.length();
                int to = from;
                while (to < url.length() && Character.isLetterOrDigit(url.charAt(to))) {
                    to++;
                }
                return parseOffset(url.substring(from, to));
            }
        }
        return Optional.empty();
    }

    private static Optional<Duration> parseOffset(String value) {
        if (value.isEmpty() || value.length() > 16) {
            return Optional.empty();
        }
        long seconds = 0;
        long number = 0;
        boolean digits = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                number = number * 10 + (c - '0');
                digits = true;
            } else if (digits && (c == 'h' || c == 'm' || c == 's')) {
                seconds += number * (c == 'h' ? 3600 : c == 'm' ? 60 : 1);
                number = 0;
                digits = false;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(Duration.ofSeconds(seconds + number));
    }
}
