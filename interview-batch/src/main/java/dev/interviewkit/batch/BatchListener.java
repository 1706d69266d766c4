package dev.interviewkit.batch;

/**
 * Hears how a batch run goes, for progress bars and logs. Its methods are called one at a time on
 * the thread that called {@link BatchConverter#run}, never concurrently, so a listener needs no
 * locking.
 */
public interface BatchListener {

    /** A listener that hears nothing. */
    BatchListener NONE = new BatchListener() {};

    /** The inputs are found; conversion starts. */
    default void planned(BatchPlan plan) {}

    /** One input is converted; results come in the order they finish, not in input order. */
    default void converted(InputResult result) {}
}
