package dev.interviewkit.export;

import static dev.interviewkit.export.JsonSupport.PRETTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.testing.ReferenceInterview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The contract every writer keeps, shown on the JSON writer. */
class InterviewWriterTest {

    private final Interview interview = ReferenceInterview.interview();

    @Test
    void writingToAStringEqualsWritingToAnAppendable() throws IOException {
        StringBuilder out = new StringBuilder("前缀");
        PRETTY.write(interview, out);
        assertThat(out.toString()).isEqualTo("前缀" + PRETTY.write(interview));
    }

    @Test
    void writingToAWriterLeavesItOpen() throws IOException {
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PRETTY.write(interview, out);
        out.write("…");
        assertThat(closed[0]).isFalse();
        assertThat(out.toString()).isEqualTo(PRETTY.write(interview) + "…");
    }

    @Test
    void writingToAnOutputStreamLeavesItOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PRETTY.write(interview, out);
        assertThat(closed[0]).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(PRETTY.write(interview));
    }

    @Test
    void failingAppendableThrowsItsIOException() {
        Appendable failing = new Appendable() {
            @Override
            public Appendable append(CharSequence text) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> PRETTY.write(interview, failing)).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void failingOutputStreamThrowsItsIOException() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("pipe closed");
            }
        };
        assertThatThrownBy(() -> PRETTY.write(interview, failing)).isInstanceOf(IOException.class).hasMessage("pipe closed");
    }

    @Test
    void oneWriterServesManyThreads() throws InterruptedException {
        String expected = PRETTY.write(interview);
        String[] results = new String[4];
        Thread[] threads = new Thread[results.length];
        for (int i = 0; i < threads.length; i++) {
            int slot = i;
            threads[i] = new Thread(() -> results[slot] = PRETTY.write(interview));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).containsOnly(expected);
    }
}
