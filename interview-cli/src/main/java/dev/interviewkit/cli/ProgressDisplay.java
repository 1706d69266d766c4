package dev.interviewkit.cli;

import dev.interviewkit.batch.BatchListener;
import dev.interviewkit.batch.BatchPlan;
import dev.interviewkit.batch.InputResult;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error while a batch runs, only when standard error is a terminal: in a
 * pipe, a log or a test, a bar redrawn in place would only be noise.
 */
final class ProgressDisplay implements BatchListener, AutoCloseable {

    private final boolean terminal;
    private Optional<ProgressBar> bar = Optional.empty();

    private ProgressDisplay(boolean terminal) {
        this.terminal = terminal;
    }

    /** A display that draws when the process has a console (Java 17: both standard streams are terminals). */
    static ProgressDisplay onConsole() {
        return new ProgressDisplay(System.console() != null);
    }

    @Override
    public void planned(BatchPlan plan) {
        if (terminal) {
            bar = Optional.of(new ProgressBarBuilder().setTaskName("interview").setInitialMax(plan.inputs().size())
                    .setUnit(" files", 1).showSpeed().setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
        }
    }

    @Override
    public void converted(InputResult result) {
        bar.ifPresent(ProgressBar::step);
    }

    @Override
    public void close() {
        bar.ifPresent(ProgressBar::close);
    }
}
