package dev.interviewkit.parser.internal;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.LabelDecision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one decoded document: header, speakers, then lead, transcript and footer. One instance
 * a parse; it holds that parse's state.
 */
public final class DocumentParser {

    private final ParserSettings settings;
    private final Diagnostics diagnostics;
    /** Tried in order; the first that recognises the document's start reads its header. */
    private final List<HeaderDialect> headerDialects =
            List.of(new CuboxHeaderDialect(), new BackupBannerDialect(), new CrawlerHeaderDialect());
    private final RoleWords roleWords;
    private final BoilerplateRules boilerplateRules;

    public DocumentParser(ParserSettings settings) {
        this.settings = settings;
        this.diagnostics = new Diagnostics(settings.maxDiagnostics());
        this.roleWords = settings.roleWords();
        this.boilerplateRules = settings.boilerplateRules();
    }

    /**
     * The interview, how many lines the source had, the speaker model's verdict on every label and
     * why the document does or does not hold a transcript.
     */
    public record Outcome(Interview interview, int lineCount, List<LabelDecision> labelDecisions, List<String> transcriptEvidence) {}

    private SpeakerModel.Decision decision = SpeakerModel.Decision.NONE;

    public Outcome parse(SourceDecoder.Decoded decoded) {
        diagnostics.addAll(decoded.diagnostics());
        List<String> lines = decoded.lines();
        try {
            Interview interview = parseLines(lines);
            return new Outcome(interview, lines.size(), decision.labelDecisions(), decision.evidence());
        } catch (RuntimeException | StackOverflowError fault) {
            return new Outcome(fallback(lines, fault), lines.size(), List.of(), List.of());
        }
    }

    private Interview parseLines(List<String> lines) {
        reportHtmlPage(lines);
        InterviewDraft draft = new InterviewDraft(roleWords);
        FrontMatter.Result frontMatter = FrontMatter.read(lines, draft.metadata, diagnostics);
        List<RawBlock> blocks = BlockScanner.scan(lines, frontMatter.lineCount());
        int bodyStart = 0;
        for (HeaderDialect dialect : headerDialects) {
            if (frontMatter.lineCount() > 0) {
                break; // front matter is the header
            }
            bodyStart = dialect.read(blocks, draft, diagnostics);
            if (bodyStart > 0) {
                break;
            }
        }
        MarkedBoilerplate.Split marked = MarkedBoilerplate.take(blocks.subList(bodyStart, blocks.size()), diagnostics);
        List<RawBlock> body = marked.blocks();
        SpeakerResolver resolver = new SpeakerResolver(roleWords, settings.extraNotSpeakers());
        Metadata header = draft.metadata.build();
        decision = new SpeakerModel(roleWords, resolver.notSpeakers(), frontMatter.participants()::declares,
                !frontMatter.participants().isEmpty(), boilerplateRules)
                .decide(LabelOccurrences.collect(body), body, new SpeakerModel.Article(header.title(), draft.account, header.author()));
        SpeakerResolver.Resolution speakers = resolver.resolve(decision.turns());
        List<Unit> units = SpeechIntroduction.mark(
                RosterLines.mark(new HeadingShaper(boilerplateRules).shape(UnitSplitter.split(body, speakers))), speakers.speakers());
        TranscriptRange range = TranscriptRange.of(units, boilerplateRules);

        new LeadAssembler(draft, boilerplateRules, diagnostics).assemble(units.subList(0, range.start()));
        new TranscriptAssembler(draft, boilerplateRules, diagnostics).assemble(units.subList(range.start(), range.end()));
        new FooterAssembler(draft, boilerplateRules, diagnostics).assemble(units.subList(range.end(), units.size()));
        if (range.isEmpty()) {
            diagnostics.info(DiagnosticCode.NO_TRANSCRIPT, 1, 1, "not an interview: no transcript found ("
                    + String.join("; ", decision.evidence()) + "); see the speaker evidence (inspect --speakers)");
        }
        reportRepairedLabels(units);

        List<SpeakerDraft> used = usedSpeakers(speakers.speakers(), draft);
        Metadata metadata = draft.metadata.build();
        Optional<String> account = draft.account.or(metadata::author);
        ParticipantRefiner.refine(used, draft.sections, account);
        String lead = draft.lead.stream().map(b -> b.text()).collect(java.util.stream.Collectors.joining("\n"));
        NamesFromArticle.name(used, metadata.title(), lead, account);
        NamesFromArticle.confirmFromFrontMatter(used, frontMatter.people());
        DeclaredParticipants.Applied speaking = frontMatter.participants().apply(used, draft.sections);
        return Interview.builder()
                .metadata(metadata)
                .participants(speaking.participants())
                .lead(draft.lead)
                .highlights(draft.highlights)
                .sections(speaking.sections())
                .media(draft.media)
                .related(draft.related)
                .credits(draft.credits)
                .boilerplate(MarkedBoilerplate.merge(draft.boilerplate, marked.boilerplate()))
                .diagnostics(diagnostics.toList())
                .build();
    }

    /** A saved web page is no Markdown: say so, then read it as well as Markdown rules can. */
    private void reportHtmlPage(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = SourceLines.strip(lines.get(i)).toLowerCase(java.util.Locale.ROOT);
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("<!doctype html") || line.startsWith("<html")) {
                diagnostics.warning(DiagnosticCode.UNSUPPORTED_INPUT, i + 1, 1,
                        "this is an HTML page, not Markdown; it is read as Markdown, which finds little in it");
                reportNoticePage(lines);
            }
            return;
        }
    }

    /**
     * WeChat serves a notice page instead of a deleted or blocked article ({@code 该内容已被发布者删除}
     * in a {@code weui-msg__title}): there is no article to find, which the user must hear plainly.
     */
    private void reportNoticePage(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf("weui-msg__title");
            if (at >= 0) {
                String notice = org.jsoup.Jsoup.parseBodyFragment(line.substring(line.lastIndexOf('<', at))).text().strip();
                diagnostics.error(DiagnosticCode.UNSUPPORTED_INPUT, i + 1, at + 1, "the page is WeChat's notice '" + notice
                        + "' instead of an article (deleted or blocked by its publisher or by WeChat): it holds no interview");
                return;
            }
        }
    }

    /** Speakers with at least one turn; a label that never got a turn makes no participant. */
    private static List<SpeakerDraft> usedSpeakers(List<SpeakerDraft> speakers, InterviewDraft draft) {
        Set<String> ids = new HashSet<>();
        draft.sections.forEach(s -> s.turns().forEach(t -> ids.add(t.speaker())));
        return speakers.stream().filter(s -> ids.contains(s.id)).toList();
    }

    private void reportRepairedLabels(List<Unit> units) {
        Set<String> reported = new HashSet<>();
        for (Unit unit : units) {
            Optional<Unit.Label> label = unit.label();
            if (label.isPresent() && !label.get().match().wellFormed() && reported.add(label.get().match().raw())) {
                diagnostics.warning(DiagnosticCode.REPAIRED_MARKUP, unit.firstLine(), 1,
                        "label '" + label.get().match().raw() + "' has broken bold markers; read as speaker '"
                                + label.get().match().label() + "' (reported once per form)");
            }
        }
    }

    /** A fault of ours must not cost the user the text: keep every line as boilerplate and say so. */
    private Interview fallback(List<String> lines, Throwable fault) {
        Diagnostics d = new Diagnostics(settings.maxDiagnostics());
        d.addAll(diagnostics.toList());
        d.error(DiagnosticCode.INTERNAL_ERROR, 1, 1, "the parser failed (" + fault
                + "); the text is kept as boilerplate. Please report this with the input.");
        Interview.Builder interview = Interview.builder();
        for (int i = 0; i < lines.size(); i++) {
            if (!SourceLines.isBlank(lines.get(i))) {
                interview.addBoilerplate(dev.interviewkit.model.Boilerplate.builder()
                        .kind(BoilerplateKind.OTHER).text(lines.get(i)).lines(LineRange.line(i + 1)).build());
            }
        }
        return interview.diagnostics(d.toList()).build();
    }
}
