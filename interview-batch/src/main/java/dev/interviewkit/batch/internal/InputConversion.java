package dev.interviewkit.batch.internal;

import dev.interviewkit.batch.BatchInput;
import dev.interviewkit.batch.DiagnosticCounts;
import dev.interviewkit.batch.Failure;
import dev.interviewkit.batch.InputResult;
import dev.interviewkit.batch.OutputFormat;
import dev.interviewkit.batch.OutputResult;
import dev.interviewkit.batch.OutputResult.Status;
import dev.interviewkit.batch.ParticipantTurns;
import dev.interviewkit.export.ChapterRulesException;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Participant;
import dev.interviewkit.parser.InterviewParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts one input: reads it, parses it, writes each format. Never throws: an unreadable input,
 * an unwritable output and a fault of a parser or writer each become the result's failure. Holds
 * only immutable, thread-safe parts, so that any number of threads may share one.
 */
public final class InputConversion {

    private final InterviewParser parser;
    private final List<OutputFormat> formats;
    private final boolean skipExisting;

    /** Conversion with {@code parser} into {@code formats}, leaving existing outputs alone when {@code skipExisting}. */
    public InputConversion(InterviewParser parser, List<OutputFormat> formats, boolean skipExisting) {
        this.parser = parser;
        this.formats = List.copyOf(formats);
        this.skipExisting = skipExisting;
    }

    /** Converts {@code input}. */
    public InputResult convert(BatchInput input) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.source());
        } catch (IOException e) {
            return failed(input, 0, new Failure(Failure.Kind.UNREADABLE_INPUT,
                    "cannot read " + input.source() + ": " + Failure.reason(e)));
        }
        Interview interview;
        DiagnosticCounts diagnostics;
        try {
            // The name tells a saved page (x.html) from Markdown where its content alone would not.
            interview = parser.parse(new ByteArrayInputStream(bytes), input.source().getFileName().toString()).interview();
            diagnostics = DiagnosticCounts.of(interview.diagnostics());
        } catch (IOException | RuntimeException e) {
            // The parser never throws on text and a byte array never fails to read: this is a bug.
            return failed(input, bytes.length, internalError(input.source(), e));
        }
        List<OutputResult> outputs = new ArrayList<>(formats.size());
        Optional<Failure> failure = Optional.empty();
        for (OutputFormat format : formats) {
            Written written = write(interview, format, input.output(format));
            outputs.add(written.output());
            if (failure.isEmpty()) {
                failure = written.failure();
            }
        }
        return new InputResult(input, bytes.length, interview.hasTranscript(), participants(interview), interview.turns().size(),
                diagnostics, outputs, failure);
    }

    /** An output's result, and the input's failure if writing it failed. */
    private record Written(OutputResult output, Optional<Failure> failure) {
        /** An output that was written or skipped: no failure. */
        static Written without(String format, Path path, Status status) {
            return new Written(new OutputResult(format, path, status, Optional.empty()), Optional.empty());
        }
    }

    private Written write(Interview interview, OutputFormat format, Path path) {
        if (format.needsTranscript() && !interview.hasTranscript()) {
            return Written.without(format.name(), path, Status.SKIPPED_NO_TRANSCRIPT);
        }
        if (skipExisting && Files.exists(path)) {
            return Written.without(format.name(), path, Status.SKIPPED_EXISTS);
        }
        String text;
        try {
            text = format.writer().write(interview);
        } catch (ChapterRulesException refused) {
            return new Written(new OutputResult(format.name(), path, Status.SKIPPED_REFUSED, Optional.of(refused.getMessage())),
                    Optional.empty());
        } catch (RuntimeException e) {
            Failure bug = internalError(path, e);
            return new Written(new OutputResult(format.name(), path, Status.FAILED, Optional.of(bug.message())), Optional.of(bug));
        }
        try {
            OutputFile.write(path, text);
        } catch (IOException e) {
            String message = "cannot write " + path + ": " + Failure.reason(e);
            return new Written(new OutputResult(format.name(), path, Status.FAILED, Optional.of(message)),
                    Optional.of(new Failure(Failure.Kind.UNWRITABLE_OUTPUT, message)));
        }
        return Written.without(format.name(), path, Status.WRITTEN);
    }

    private static List<ParticipantTurns> participants(Interview interview) {
        List<ParticipantTurns> participants = new ArrayList<>(interview.participants().size());
        for (Participant participant : interview.participants()) {
            int turns = interview.statistics(participant.id()).map(statistics -> statistics.turns()).orElse(0);
            participants.add(new ParticipantTurns(participant.id(), participant.name(), participant.role(), turns));
        }
        return participants;
    }

    /** The failure for a fault of interview-kit while working on {@code path}. */
    public static Failure internalError(Path path, Throwable fault) {
        return new Failure(Failure.Kind.INTERNAL_ERROR, "internal error on " + path + ", please report it: " + fault);
    }

    /** The result of an input that failed before its outputs. */
    public static InputResult failed(BatchInput input, long bytes, Failure failure) {
        return new InputResult(input, bytes, false, List.of(), 0, DiagnosticCounts.NONE, List.of(), Optional.of(failure));
    }
}
