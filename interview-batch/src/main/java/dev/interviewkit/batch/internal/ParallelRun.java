package dev.interviewkit.batch.internal;

import dev.interviewkit.batch.BatchInput;
import dev.interviewkit.batch.BatchListener;
import dev.interviewkit.batch.InputResult;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Runs one conversion per input on an executor and gathers the results in input order. The
 * listener hears each result on the calling thread as it finishes, so that it needs no locking.
 */
public final class ParallelRun {

    private ParallelRun() {}

    /** An input's index in the plan, and its result. */
    private record Finished(int index, InputResult result) {}

    /**
     * Converts every input on {@code executor} and returns the results in input order.
     *
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static List<InputResult> run(List<BatchInput> inputs, Function<BatchInput, InputResult> conversion, Executor executor,
            BatchListener listener) throws InterruptedException {
        BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
        for (int index = 0; index < inputs.size(); index++) {
            int at = index;
            BatchInput input = inputs.get(index);
            executor.execute(() -> finished.add(new Finished(at, convert(conversion, input))));
        }
        InputResult[] results = new InputResult[inputs.size()];
        for (int count = 0; count < results.length; count++) {
            Finished next = finished.take();
            results[next.index()] = next.result();
            listener.converted(next.result());
        }
        return Arrays.asList(results);
    }

    /** The conversion's result; a fault that escapes it still gives a result, or the run would wait for it forever. */
    private static InputResult convert(Function<BatchInput, InputResult> conversion, BatchInput input) {
        try {
            return conversion.apply(input);
        } catch (RuntimeException | StackOverflowError fault) {
            return InputConversion.failed(input, 0, InputConversion.internalError(input.source(), fault));
        }
    }
}
