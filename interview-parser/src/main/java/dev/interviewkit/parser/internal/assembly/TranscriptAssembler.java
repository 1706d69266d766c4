package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import dev.interviewkit.model.internal.InlineText;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.block.HeadingShaper;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.block.OriginalText;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.EditorNotes;
import dev.interviewkit.parser.internal.rules.FramingTitles;
import dev.interviewkit.parser.internal.speaker.SpeakerDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds sections and turns from the transcript's units. A turn runs from its label across
 * paragraphs until the next label or heading; a heading starts a section.
 */
public final class TranscriptAssembler {

    private final InterviewDraft draft;
    private final Diagnostics diagnostics;

    private Optional<String> sectionTitle = Optional.empty();
    private Optional<LineRange> sectionTitleLines = Optional.empty();
    private Optional<String> sectionSubtitle = Optional.empty();
    private int sectionFirstLine = -1;
    private final List<Turn> sectionTurns = new ArrayList<>();

    private SpeakerDraft turnSpeaker;
    private Optional<String> turnLabel = Optional.empty();
    private final List<Paragraph> turnParagraphs = new ArrayList<>();
    private final List<Paragraph> turnOriginal = new ArrayList<>();
    private Timestamps.Span turnSpan = Timestamps.Span.NONE;
    private int turnFirstLine;
    private int turnLastLine;
    private SpeakerDraft lastSpeaker;

    private final BoilerplateRules boilerplateRules;
    /** Short paragraphs added to the turn since its last interruption: an account card's name and blurb. */
    private final List<Paragraph> shortTail = new ArrayList<>();

    /** Paragraphs this short after an image may be an account card's name and blurb. */
    private static final int MAX_CARD_LINE = 80;
    private static final int MAX_CARD_LINES_BEFORE = 2;

    public TranscriptAssembler(InterviewDraft draft, BoilerplateRules boilerplateRules, Diagnostics diagnostics) {
        this.draft = draft;
        this.boilerplateRules = boilerplateRules;
        this.diagnostics = diagnostics;
    }

    public void assemble(List<Unit> units) {
        for (Unit unit : units) {
            switch (unit.kind()) {
                case HEADING -> heading(unit);
                case TURN_START -> turnStart(unit);
                case RULE -> rule(unit);
                case ROSTER -> draft.roster(unit);
                case DETAILS -> original(unit);
                case SPEECH -> turnStart(unit);
                case NARRATION -> {
                    finishTurn();
                    draft.boilerplate(BoilerplateKind.STRUCTURE, unit.inlines().plainText(),
                            unit.lines());
                }
                default -> text(unit);
            }
        }
        finishTurn();
        finishSection();
    }

    private void heading(Unit unit) {
        InlineParser.Result parsed = unit.inlines();
        String title = parsed.plainText();
        finishTurn();
        keepImages(parsed.inlines(), unit);
        if (title.isBlank()) {
            draft.boilerplate(BoilerplateKind.MARKUP_DEBRIS, String.join(" ", unit.content()).strip(), unit.lines());
            return;
        }
        if (FramingTitles.introducesTranscript(title)) {
            draft.boilerplate(BoilerplateKind.STRUCTURE, title, unit.lines());
            return;
        }
        finishSection();
        sectionTitle = Optional.of(title);
        sectionTitleLines = Optional.of(unit.lines());
        sectionFirstLine = unit.firstLine();
        String subtitle = unit.subtitle().isEmpty() ? "" : HeadingShaper.subtitleText(unit.subtitle());
        sectionSubtitle = subtitle.isBlank() ? Optional.empty() : Optional.of(subtitle);
    }

    /** An image set in a heading line ({@code ![图片](…)**做研究，做探索**}) is kept as media. */
    private void keepImages(List<Inline> inlines, Unit unit) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Image image) {
                if (!image.url().isBlank()) { // a picture without its address shows nothing
                    draft.media.add(MediaReference.builder().kind(MediaKind.IMAGE).url(image.url()).lines(unit.lines())
                            .build());
                }
            } else if (inline instanceof Inline.Strong strong) {
                keepImages(strong.children(), unit);
            }
        }
    }

    private void turnStart(Unit unit) {
        finishTurn();
        Unit.Label label = unit.label().orElseThrow();
        turnSpeaker = label.speaker();
        turnLabel = unit.kind() == Unit.Kind.SPEECH ? Optional.empty() : Optional.of(label.match().label());
        turnFirstLine = unit.firstLine();
        turnLastLine = unit.lastLine();
        addParagraph(unit);
    }

    /**
     * A heading that cuts a sentence in two ({@code …把以前的时代切片} / heading / {@code 当成佐料。}):
     * the unlabelled text after it ends the last turn's sentence, so it joins that turn's last
     * paragraph, with a warning.
     */
    private boolean joinSentenceCutByHeading(Unit unit) {
        if (draft.sections.isEmpty() || !sectionTurns.isEmpty()) {
            return false;
        }
        Section previous = draft.sections.get(draft.sections.size() - 1);
        if (previous.turns().isEmpty()) {
            return false;
        }
        Turn last = previous.turns().get(previous.turns().size() - 1);
        Paragraph lastParagraph = last.paragraphs().get(last.paragraphs().size() - 1);
        List<Inline> continuation = Units.inlines(unit).inlines();
        String before = lastParagraph.text();
        String after = Inline.plainText(continuation);
        if (before.isEmpty() || after.isEmpty() || !endsMidSentence(before)) {
            return false;
        }
        List<Inline> joined = new ArrayList<>(lastParagraph.inlines());
        if (dev.interviewkit.model.internal.TextJoiner.needsSpace(before.codePointBefore(before.length()),
                after.codePointAt(0))) {
            joined.add(Inline.text(" "));
        }
        joined.addAll(continuation);
        List<Paragraph> paragraphs = new ArrayList<>(last.paragraphs());
        paragraphs.set(paragraphs.size() - 1,
                Paragraph.builder().from(lastParagraph).inlines(joined).lines(lastParagraph.lines().orElseThrow()
                        .span(unit.lines())).build());
        Turn rejoined = Turn.builder().from(last).paragraphs(paragraphs)
                .lines(last.lines().orElseThrow().span(unit.lines())).build();
        List<Turn> turns = new ArrayList<>(previous.turns());
        turns.set(turns.size() - 1, rejoined);
        draft.sections.set(draft.sections.size() - 1, Section.builder().from(previous).turns(turns).build());
        diagnostics.warning(DiagnosticCode.SENTENCE_SPLIT_BY_HEADING, unit.firstLine(), 1,
                "a heading cut a sentence of " + lastSpeaker.name() + " in two; the sentence was joined back");
        return true;
    }

    /** Whether a paragraph stops in the middle of a sentence: a letter or a comma, no full stop. */
    private static boolean endsMidSentence(String text) {
        int last = text.codePointBefore(text.length());
        return Character.isLetterOrDigit(last) || last == '，' || last == '、' || last == ',';
    }

    /** The original-language text under a turn belongs to that turn, not to a new one. */
    private void original(Unit unit) {
        List<Paragraph> paragraphs = OriginalText.paragraphs(unit.content(), unit.lines());
        if (turnSpeaker != null && !paragraphs.isEmpty()) {
            turnOriginal.addAll(paragraphs);
            turnLastLine = unit.lastLine();
        } else {
            draft.boilerplate(BoilerplateKind.OTHER, String.join(" ", paragraphs.stream().map(Paragraph::text).toList()),
                    unit.lines());
        }
    }

    private void rule(Unit unit) {
        if (turnSpeaker != null) {
            turnLastLine = unit.lastLine(); // a rule inside a turn holds no words; the turn covers it
        } else {
            draft.boilerplate(Units.ruleKind(unit), unit.content().get(0), unit.lines());
        }
    }

    private void text(Unit unit) {
        String plain = unit.inlines().plainText();
        if (Timestamps.isBreakMarker(plain)) {
            finishTurn(); // an ad break ends the turn; the next label starts the next
            draft.boilerplate(BoilerplateKind.ADVERTISEMENT, plain, unit.lines());
            return;
        }
        if ((turnSpeaker != null || lastSpeaker != null) && interruption(unit, plain)) {
            return;
        }
        if (turnSpeaker == null) {
            if (lastSpeaker == null) {
                draft.boilerplate(BoilerplateKind.OTHER, unit.inlines().plainText(), unit.lines());
                diagnostics.warning(DiagnosticCode.TEXT_WITHOUT_SPEAKER, unit.firstLine(), 1,
                        "text in the transcript before any speaker; kept as boilerplate");
                return;
            }
            if (joinSentenceCutByHeading(unit)) {
                return;
            }
            diagnostics.warning(DiagnosticCode.TEXT_WITHOUT_SPEAKER, unit.firstLine(), 1,
                    "text after a heading has no speaker label; read as " + lastSpeaker.name() + " going on");
            turnSpeaker = lastSpeaker;
            turnLabel = Optional.empty();
            turnFirstLine = unit.firstLine();
        }
        turnLastLine = unit.lastLine();
        addParagraph(unit);
    }

    /**
     * What interrupts a turn without ending it: a picture and its caption, an editor's note, the
     * account's card or prompt, lone punctuation. It is kept apart; the speech goes on after it.
     */
    private boolean interruption(Unit unit, String plain) {
        InlineParser.Result parsed = Units.inlines(unit);
        List<Inline> inlines = parsed.inlines();
        Optional<Inline.Image> image = Units.leadingImage(inlines);
        if (image.isPresent()) {
            String caption = plain.strip();
            if (image.get().url().isBlank()) {
                // A picture whose address the export lost shows nothing: no media, and no speech either.
                draft.boilerplate(BoilerplateKind.DECORATION, caption, unit.lines());
            } else {
                MediaReference.Builder media = MediaReference.builder().kind(MediaKind.IMAGE).url(image.get().url())
                        .lines(unit.lines());
                if (!caption.isEmpty()) {
                    media.title(caption);
                }
                draft.media.add(media.build());
            }
            Units.report(parsed, unit, diagnostics);
            shortTail.clear();
            return true;
        }
        Optional<BoilerplateKind> kind = EditorNotes.noteText(plain).isPresent()
                ? Optional.of(boilerplateRules.classify(plain).orElse(BoilerplateKind.OTHER))
                : boilerplateRules.interruption(plain);
        if (kind.isEmpty() && !inlines.isEmpty() && plain.codePoints().noneMatch(Character::isLetterOrDigit)) {
            kind = Optional.of(BoilerplateKind.MARKUP_DEBRIS);
        }
        if (kind.isEmpty()) {
            return false;
        }
        if (kind.get() == BoilerplateKind.ACCOUNT_CARD) {
            // The card's name and blurb came just before "N篇原创内容": they are the card too.
            for (Paragraph p : shortTail) {
                turnParagraphs.remove(p);
                draft.boilerplate(BoilerplateKind.ACCOUNT_CARD, p.text(), p.lines().orElse(unit.lines()));
            }
        }
        shortTail.clear();
        draft.boilerplate(kind.get(), plain.strip(), unit.lines());
        return true;
    }

    private void addParagraph(Unit unit) {
        InlineParser.Result parsed = Units.inlines(unit);
        Units.report(parsed, unit, diagnostics);
        Timestamps.Leading leading = Timestamps.leading(parsed.inlines());
        Optional<java.time.Duration> paragraphStart = Optional.empty();
        List<Inline> inlines = leading.rest();
        if (turnParagraphs.isEmpty()) {
            if (!leading.span().isEmpty()) {
                turnSpan = leading.span();
            }
        } else if (leading.span().end().isEmpty()) {
            // [08:23] before a later paragraph says when that paragraph starts.
            paragraphStart = leading.span().start();
        } else {
            inlines = parsed.inlines(); // a span inside a turn is no time this model holds: it stays text
        }
        if (!inlines.isEmpty()) {
            Paragraph paragraph = Paragraph.builder().inlines(inlines).lines(unit.lines()).start(paragraphStart).build();
            turnParagraphs.add(paragraph);
            if (paragraph.text().length() <= MAX_CARD_LINE) {
                shortTail.add(paragraph);
                if (shortTail.size() > MAX_CARD_LINES_BEFORE) {
                    shortTail.remove(0);
                }
            } else {
                shortTail.clear();
            }
        }
    }

    private void finishTurn() {
        if (turnSpeaker == null) {
            return;
        }
        LineRange lines = LineRange.of(turnFirstLine, turnLastLine);
        boolean hasText = turnParagraphs.stream().anyMatch(p -> !InlineText.isBlank(p.inlines()));
        if (hasText && turnParagraphs.get(0).start().isPresent()) {
            // A card taken out of the turn left a timed paragraph first: its time is the turn's.
            Paragraph first = turnParagraphs.get(0);
            if (turnSpan.isEmpty()) {
                turnSpan = new Timestamps.Span(first.start(), Optional.empty());
            }
            turnParagraphs.set(0, Paragraph.builder().from(first).start(Optional.empty()).build());
        }
        if (hasText) {
            if (sectionFirstLine < 0) {
                sectionFirstLine = turnFirstLine;
            }
            Turn.Builder turn = Turn.builder().speaker(turnSpeaker.id()).paragraphs(turnParagraphs).lines(lines)
                    .start(turnSpan.start()).end(turnSpan.end()).originalParagraphs(turnOriginal);
            turnLabel.ifPresent(turn::label);
            sectionTurns.add(turn.build());
            lastSpeaker = turnSpeaker;
        } else {
            String label = turnLabel.orElse(turnSpeaker.name());
            diagnostics.warning(DiagnosticCode.AMBIGUOUS_LABEL, turnFirstLine, 1,
                    "label '" + label + "' is followed by no text; kept as boilerplate");
            draft.boilerplate(BoilerplateKind.OTHER, label, lines);
        }
        turnSpeaker = null;
        turnLabel = Optional.empty();
        turnParagraphs.clear();
        turnOriginal.clear();
        shortTail.clear();
        turnSpan = Timestamps.Span.NONE;
    }

    private void finishSection() {
        if (sectionTitle.isEmpty() && sectionTurns.isEmpty()) {
            return;
        }
        Section.Builder section = Section.builder().addAllTurns(sectionTurns);
        sectionTitle.ifPresent(section::title);
        sectionTitleLines.ifPresent(section::titleLines);
        sectionSubtitle.ifPresent(section::subtitle);
        int last = sectionTurns.isEmpty() ? sectionFirstLine
                : sectionTurns.get(sectionTurns.size() - 1).lines().orElseThrow().end();
        section.lines(LineRange.of(sectionFirstLine, last));
        if (sectionTitle.isEmpty() && !draft.sections.isEmpty()) {
            // Only the first section may be untitled: turns after an ignored heading join the last one.
            Section previous = draft.sections.remove(draft.sections.size() - 1);
            draft.sections.add(Section.builder().from(previous).addAllTurns(sectionTurns)
                    .lines(previous.lines().orElseThrow().span(LineRange.of(sectionFirstLine, last))).build());
        } else {
            draft.sections.add(section.build());
        }
        sectionTitle = Optional.empty();
        sectionTitleLines = Optional.empty();
        sectionSubtitle = Optional.empty();
        sectionFirstLine = -1;
        sectionTurns.clear();
    }
}
