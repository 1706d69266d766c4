package dev.interviewkit.parser.internal.rules;

import dev.interviewkit.model.MediaKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where recordings are, as data: the video and audio hosts a link may point to, and the words of a
 * link's label that say which ({@code 原视频链接}, {@code 播客}) when the host is not known.
 */
public final class MediaHosts {

    private static final List<String> VIDEO_HOSTS = List.of("youtube.com", "youtu.be", "bilibili.com", "b23.tv",
            "vimeo.com", "v.qq.com", "ixigua.com", "douyin.com", "tiktok.com", "ted.com/talks");
    private static final List<String> AUDIO_HOSTS = List.of("xiaoyuzhoufm.com", "podcasts.apple.com", "spotify.com/episode",
            "ximalaya.com", "soundcloud.com", ".mp3", ".m4a", "overcast.fm", "pca.st");
    private static final List<String> VIDEO_WORDS = List.of("视频", "video", "录像");
    private static final List<String> AUDIO_WORDS = List.of("音频", "播客", "podcast", "audio", "收听");

    private MediaHosts() {}

    /** The kind of recording a link to {@code url} labelled {@code label} points to, if it points to one. */
    public static Optional<MediaKind> kindOf(String url, String label) {
        String u = url.toLowerCase(Locale.ROOT);
        String l = label.toLowerCase(Locale.ROOT);
        if (VIDEO_HOSTS.stream().anyMatch(u::contains)) {
            return Optional.of(MediaKind.VIDEO);
        }
        if (AUDIO_HOSTS.stream().anyMatch(u::contains)) {
            return Optional.of(MediaKind.AUDIO);
        }
        if (VIDEO_WORDS.stream().anyMatch(l::contains)) {
            return Optional.of(MediaKind.VIDEO);
        }
        if (AUDIO_WORDS.stream().anyMatch(l::contains)) {
            return Optional.of(MediaKind.AUDIO);
        }
        return Optional.empty();
    }
}
