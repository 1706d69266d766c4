package dev.interviewkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's {@code main} with {@code System.out} redirected, and returns what it printed. */
final class StandardOutputCapture {

    /** An example's {@code main}. */
    interface Main {
        void run() throws Exception;
    }

    private StandardOutputCapture() {}

    static String of(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
