package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every label the body's paragraphs hold, in source order, for {@link SpeakerResolver} to weigh:
 * a bold label at the start of a line, bold labels after a finished sentence in the middle of one,
 * and, where a line opens with no bold label, an unbolded one ({@code 问：}).
 */
public final class LabelCandidates {

    private LabelCandidates() {}

    /** The label candidates of {@code body}'s paragraphs. */
    public static List<SpeakerResolver.Candidate> in(List<RawBlock> body) {
        List<SpeakerResolver.Candidate> candidates = new ArrayList<>();
        for (RawBlock block : body) {
            if (block.kind() != RawBlock.Kind.PARAGRAPH) {
                continue;
            }
            for (int k = 0; k < block.content().size(); k++) {
                int line = block.firstLine() + k;
                boolean startsParagraph = k == 0 || SourceLines.endsWithHardBreak(block.content().get(k - 1));
                String text = block.content().get(k);
                Optional<LabelMatch> bold = LabelDetector.boldLabel(text);
                bold.ifPresent(m -> candidates.add(new SpeakerResolver.Candidate(m.label(), line, startsParagraph, false)));
                LabelDetector.midLineLabels(text)
                        .forEach(m -> candidates.add(new SpeakerResolver.Candidate(m.label(), line, false, false)));
                if (bold.isEmpty()) {
                    LabelDetector.plainLabel(text).ifPresent(m ->
                            candidates.add(new SpeakerResolver.Candidate(m.label(), line, startsParagraph, true)));
                }
            }
        }
        return candidates;
    }
}
