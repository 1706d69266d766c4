package dev.interviewkit.export;

/**
 * A document that is not an interview in the expected format: malformed JSON, an unsupported
 * schema version, a missing or mistyped value, or values the model rejects.
 *
 * <p>The message says what is wrong and where; {@link #pointer()} gives the place as a JSON Pointer.
 */
public final class InterviewFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where the problem is. */
    private final String pointer;

    InterviewFormatException(String message, String pointer, Throwable cause) {
        super(message, cause);
        this.pointer = pointer;
    }

    /**
     * The JSON Pointer (RFC 6901) of the value at fault, such as {@code /sections/1/turns/0/speaker};
     * the empty string for the document as a whole.
     */
    public String pointer() {
        return pointer;
    }
}
