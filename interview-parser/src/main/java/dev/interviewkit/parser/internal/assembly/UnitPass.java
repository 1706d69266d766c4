package dev.interviewkit.parser.internal.assembly;

import java.util.List;

/**
 * One pass over a document's units after the splitter has made them: it may give units another
 * kind (a bold line before a turn is a heading, a roster line is no turn) or merge neighbours, and
 * it returns the units in source order. {@code DocumentParser} lists its passes and applies them
 * in that order, each to what the one before returned.
 */
@FunctionalInterface
public interface UnitPass {

    /** The units after this pass; {@code units} itself is left as it is. */
    List<Unit> apply(List<Unit> units);
}
