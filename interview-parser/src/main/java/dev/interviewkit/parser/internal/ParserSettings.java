package dev.interviewkit.parser.internal;

import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.NotSpeakers;
import dev.interviewkit.parser.internal.rules.RoleWords;
import java.util.List;
import java.util.Set;

/**
 * The parser's limits and the rows users add to its rule tables, fixed when it is built.
 *
 * @param maxInputChars the most characters read
 * @param maxDiagnostics the most diagnostics reported
 * @param extraRoleWords role words beyond the standard ones
 * @param extraBoilerplate boilerplate rules tried before the standard ones
 * @param extraNotSpeakers labels that are never speakers
 */
public record ParserSettings(int maxInputChars, int maxDiagnostics, List<RoleWords.RoleWord> extraRoleWords,
        List<BoilerplateRules.Rule> extraBoilerplate, Set<String> extraNotSpeakers) {

    public ParserSettings {
        extraRoleWords = List.copyOf(extraRoleWords);
        extraBoilerplate = List.copyOf(extraBoilerplate);
        extraNotSpeakers = Set.copyOf(extraNotSpeakers);
    }

    /** The limits alone, with the standard rule tables. */
    public ParserSettings(int maxInputChars, int maxDiagnostics) {
        this(maxInputChars, maxDiagnostics, List.of(), List.of(), Set.of());
    }

    RoleWords roleWords() {
        return RoleWords.standard().with(extraRoleWords);
    }

    BoilerplateRules boilerplateRules() {
        return BoilerplateRules.standard().withFirst(extraBoilerplate);
    }

    /** The labels that are never speakers, the user's included, in lower case. */
    Set<String> notSpeakers() {
        return NotSpeakers.with(extraNotSpeakers);
    }
}
