package dev.interviewkit.export.internal.json;

/** A JSON document that does not hold an interview, with the JSON Pointer of the value at fault. */
public final class JsonDecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where the problem is. */
    private final String pointer;

    JsonDecodingException(String pointer, String problem, Throwable cause) {
        super("at " + (pointer.isEmpty() ? "the top level" : pointer) + ": " + problem, cause);
        this.pointer = pointer;
    }

    /** The JSON Pointer of the value at fault; empty for the whole document. */
    public String pointer() {
        return pointer;
    }
}
