package dev.interviewkit.examples.cli;

import dev.interviewkit.export.InterviewWriter;
import dev.interviewkit.export.JsonWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code interview export} writes. */
enum ExportFormat {

    /** The model as JSON (interview-export's {@link JsonWriter}). */
    JSON {
        @Override
        InterviewWriter writer(boolean pretty) {
            return JsonWriter.builder().pretty(pretty).build();
        }
    };

    /** A writer for this format; {@code pretty} asks for indented, human-readable output. */
    abstract InterviewWriter writer(boolean pretty);

    /** The name users type and see, such as {@code json}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a format's name, in any case, with a message that lists the known names. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(format -> format.name().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown format '" + value + "'; known: "
                            + Arrays.stream(values()).map(ExportFormat::toString).collect(Collectors.joining(", "))));
        }
    }
}
