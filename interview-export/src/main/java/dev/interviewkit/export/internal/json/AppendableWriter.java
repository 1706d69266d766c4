package dev.interviewkit.export.internal.json;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** A {@link Writer} over an {@link Appendable}, so that stream encoders can write to any of them. */
public final class AppendableWriter extends Writer {

    private final Appendable out;

    private AppendableWriter(Appendable out) {
        this.out = out;
    }

    /** {@code out} itself when it is a writer, otherwise a writer that appends to it. */
    public static Writer of(Appendable out) {
        return out instanceof Writer ? (Writer) out : new AppendableWriter(out);
    }

    @Override
    public void write(char[] characters, int offset, int length) throws IOException {
        out.append(CharBuffer.wrap(characters, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.append(text, offset, offset + length);
    }

    @Override
    public void write(int character) throws IOException {
        out.append((char) character);
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof Flushable) {
            ((Flushable) out).flush();
        }
    }

    /** Does nothing: the appendable belongs to the caller. */
    @Override
    public void close() {}
}
