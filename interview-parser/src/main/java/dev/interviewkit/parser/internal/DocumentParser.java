package dev.interviewkit.parser.internal;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.LabelDecision;
import dev.interviewkit.parser.internal.assembly.FooterAssembler;
import dev.interviewkit.parser.internal.assembly.InterviewDraft;
import dev.interviewkit.parser.internal.assembly.LeadAssembler;
import dev.interviewkit.parser.internal.assembly.TranscriptAssembler;
import dev.interviewkit.parser.internal.assembly.TranscriptRange;
import dev.interviewkit.parser.internal.assembly.Unit;
import dev.interviewkit.parser.internal.assembly.UnitPass;
import dev.interviewkit.parser.internal.assembly.UnitSplitter;
import dev.interviewkit.parser.internal.block.BlockScanner;
import dev.interviewkit.parser.internal.block.HeadingShaper;
import dev.interviewkit.parser.internal.block.MarkedBoilerplate;
import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.header.FrontMatter;
import dev.interviewkit.parser.internal.header.HeaderDialect;
import dev.interviewkit.parser.internal.html.NoticePages;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.RoleWords;
import dev.interviewkit.parser.internal.source.SourceDecoder;
import dev.interviewkit.parser.internal.source.SourceLines;
import dev.interviewkit.parser.internal.speaker.DeclaredParticipants;
import dev.interviewkit.parser.internal.speaker.LabelOccurrences;
import dev.interviewkit.parser.internal.speaker.NamesFromArticle;
import dev.interviewkit.parser.internal.speaker.ParticipantRefiner;
import dev.interviewkit.parser.internal.speaker.RosterLines;
import dev.interviewkit.parser.internal.speaker.SpeakerDraft;
import dev.interviewkit.parser.internal.speaker.SpeakerModel;
import dev.interviewkit.parser.internal.speaker.SpeakerResolver;
import dev.interviewkit.parser.internal.speaker.SpeechIntroduction;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline: parses one decoded document stage by stage, as {@code parseLines} reads from top
 * to bottom: header, body blocks, who speaks, units and the passes over them, lead, transcript and
 * footer, then the participants. One instance a parse; it holds that parse's state.
 */
public final class DocumentParser {

    private final ParserSettings settings;
    private final Diagnostics diagnostics;
    /** Tried in order; the first that recognises the document's start reads its header. */
    private final List<HeaderDialect> headerDialects = HeaderDialect.standard();
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

    /** Parses a Markdown document. */
    public Outcome parse(SourceDecoder.Decoded decoded) {
        return parse(decoded, Optional.empty());
    }

    /**
     * Parses the Markdown lines a front end rendered from another format (a saved page's body),
     * whose header the front end has read already: {@code header}'s metadata and account stand
     * for the header dialects and front matter, which the rendered lines do not hold.
     */
    public Outcome parseRendered(SourceDecoder.Decoded body, KnownHeader header) {
        return parse(body, Optional.of(header));
    }

    /**
     * A header read before the pipeline runs.
     *
     * @param metadata what it says, without source lines (the rendered lines are not the source)
     * @param account the publishing account, where it names one apart from the author
     */
    public record KnownHeader(Metadata metadata, Optional<String> account) {}

    private Outcome parse(SourceDecoder.Decoded decoded, Optional<KnownHeader> known) {
        diagnostics.addAll(decoded.diagnostics());
        List<String> lines = decoded.lines();
        try {
            Interview interview = parseLines(lines, known);
            return new Outcome(interview, lines.size(), decision.labelDecisions(), decision.evidence());
        } catch (RuntimeException | StackOverflowError fault) {
            return failed(lines, fault);
        }
    }

    private Interview parseLines(List<String> lines, Optional<KnownHeader> rendered) {
        InterviewDraft draft = new InterviewDraft(roleWords);

        // The header: a front end's, or front matter, or else the first dialect that knows the document's start.
        FrontMatter.Result frontMatter = FrontMatter.Result.NONE;
        HeaderDialect.Header header = HeaderDialect.Header.NONE;
        List<RawBlock> blocks;
        if (rendered.isPresent()) {
            draft.metadata().from(rendered.get().metadata());
            header = new HeaderDialect.Header(0, rendered.get().account());
            blocks = BlockScanner.scan(lines);
        } else {
            reportHtmlPage(lines);
            frontMatter = FrontMatter.read(lines, draft.metadata(), diagnostics);
            blocks = BlockScanner.scan(lines, frontMatter.lineCount());
            if (frontMatter.lineCount() == 0) {
                header = readHeader(blocks, draft.metadata());
            }
        }

        // The body: paragraphs the document marks as boilerplate are set aside before labels are looked for.
        MarkedBoilerplate.Split marked = MarkedBoilerplate.take(blocks.subList(header.blockCount(), blocks.size()),
                diagnostics);
        List<RawBlock> body = marked.blocks();

        // Who speaks, decided once for the whole document (docs/DESIGN.md, "The speaker model").
        SpeakerResolver resolver = new SpeakerResolver(roleWords);
        Metadata known = draft.metadata().build();
        decision = new SpeakerModel(roleWords, settings.notSpeakers(), frontMatter.participants()::declares,
                !frontMatter.participants().isEmpty(), boilerplateRules)
                .decide(LabelOccurrences.collect(body), body, new SpeakerModel.Article(known.title(), header.account(), known.author()));
        SpeakerResolver.Resolution speakers = resolver.resolve(decision.turns(), decision::speakerKey);

        // Units: paragraphs cut where speakers' labels start turns, then these passes, in this order.
        List<UnitPass> passes = List.of(
                new HeadingShaper(boilerplateRules),          // bold lines and numbers before turns are headings
                new RosterLines(),                            // a role label followed by a name is no turn
                new SpeechIntroduction(speakers.speakers())); // the talk a lead introduces is its speaker's
        List<Unit> units = UnitSplitter.split(body, speakers);
        for (UnitPass pass : passes) {
            units = pass.apply(units);
        }

        // Lead, transcript and footer.
        TranscriptRange range = TranscriptRange.of(units, boilerplateRules);
        new LeadAssembler(draft, boilerplateRules, diagnostics).assemble(units.subList(0, range.start()));
        new TranscriptAssembler(draft, boilerplateRules, diagnostics).assemble(units.subList(range.start(), range.end()));
        new FooterAssembler(draft, boilerplateRules, diagnostics).assemble(units.subList(range.end(), units.size()));
        if (range.isEmpty()) {
            diagnostics.info(DiagnosticCode.NO_TRANSCRIPT, 1, 1, "not an interview: no transcript found ("
                    + String.join("; ", decision.evidence()) + "); see the speaker evidence (inspect --speakers)");
        }
        reportRepairedLabels(units);

        // The participants: what the turns, the title and lead, and the front matter say about them.
        List<SpeakerDraft> used = usedSpeakers(speakers.speakers(), draft);
        Metadata metadata = draft.metadata().build();
        Optional<String> account = header.account().or(metadata::author);
        ParticipantRefiner.refine(used, draft.sections(), account);
        String lead = draft.lead().stream().map(b -> b.text()).collect(java.util.stream.Collectors.joining("\n"));
        NamesFromArticle.name(used, metadata.title(), lead, account);
        NamesFromArticle.confirmFromFrontMatter(used, frontMatter.people());
        DeclaredParticipants.Applied speaking = frontMatter.participants().apply(used, draft.sections());

        return Interview.builder()
                .metadata(metadata)
                .participants(speaking.participants())
                .lead(draft.lead())
                .highlights(draft.highlights())
                .sections(speaking.sections())
                .media(draft.media())
                .related(draft.related())
                .credits(draft.credits())
                .boilerplate(MarkedBoilerplate.merge(draft.boilerplate(), marked.boilerplate()))
                .diagnostics(diagnostics.toList())
                .build();
    }

    /** The header of the first dialect that recognises the document's start, if any does. */
    private HeaderDialect.Header readHeader(List<RawBlock> blocks, Metadata.Builder metadata) {
        for (HeaderDialect dialect : headerDialects) {
            HeaderDialect.Header header = dialect.read(blocks, metadata, diagnostics);
            if (header.blockCount() > 0) {
                return header;
            }
        }
        return HeaderDialect.Header.NONE;
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
                int tag = Math.max(0, line.lastIndexOf('<', at)); // a damaged page may hold the marker outside a tag
                String notice = org.jsoup.Jsoup.parseBodyFragment(line.substring(tag)).text().strip();
                diagnostics.error(DiagnosticCode.UNSUPPORTED_INPUT, i + 1, at + 1, NoticePages.message(notice));
                return;
            }
        }
    }

    /** Speakers with at least one turn; a label that never got a turn makes no participant. */
    private static List<SpeakerDraft> usedSpeakers(List<SpeakerDraft> speakers, InterviewDraft draft) {
        Set<String> ids = new HashSet<>();
        draft.sections().forEach(s -> s.turns().forEach(t -> ids.add(t.speaker())));
        return speakers.stream().filter(s -> ids.contains(s.id())).toList();
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

    /**
     * What a parse that met a fault of ours gives: every line of {@code lines} kept as boilerplate,
     * and an error that says so. Front ends use it for their own faults too.
     */
    public Outcome failed(List<String> lines, Throwable fault) {
        return new Outcome(fallback(lines, fault), lines.size(), List.of(), List.of());
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
