package dev.interviewkit.parser.internal.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The links lead and footer keep: the recording's start offset, related articles' titles. */
class LinksTest {

    @Test
    void mediaStartOffsetsAreReadInEveryForm() {
        assertThat(MediaLinks.startOffset("https://www.youtube.com/watch?v=x&t=780s")).contains(Duration.ofSeconds(780));
        assertThat(MediaLinks.startOffset("https://youtu.be/x?t=780")).contains(Duration.ofSeconds(780));
        assertThat(MediaLinks.startOffset("https://youtu.be/x?t=1h2m3s")).contains(Duration.ofSeconds(3723));
        assertThat(MediaLinks.startOffset("https://youtu.be/x")).isEmpty();
    }

    @Test
    void relatedTitlesLoseNumberingAndInnerBrackets() {
        assertThat(RelatedTitles.clean("1、[演讲视频：标题]")).isEqualTo("演讲视频：标题");
        assertThat(RelatedTitles.clean("[标题]")).isEqualTo("标题");
        assertThat(RelatedTitles.clean("2024年的回顾")).isEqualTo("2024年的回顾");
        assertThat(RelatedTitles.clean("5.")).isEqualTo("5."); // only a number: that is the title
    }
}
