package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.LabelDecision;
import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.Credits;
import dev.interviewkit.parser.internal.rules.FramingTitles;
import dev.interviewkit.parser.internal.rules.LabelCharacters;
import dev.interviewkit.parser.internal.rules.RoleWords;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides who speaks, for the whole document at once (docs/DESIGN.md, "The speaker model").
 *
 * <p>A careful reader does not accept a speaker from one line. They look at every label-shaped
 * text together: what follows each (speech, or a caption, a value, a link), what it looks like (a
 * name, a role, a publication, a numbered item), and above all how the labels behave together. A
 * transcript is a stretch of the body where a few labels take turns, each followed by speech;
 * captions repeat beside images, credits and fields are followed by names and values, examples
 * are a few short lines inside prose. The model does the same in three steps:
 * <ol>
 *   <li>each label (all forms of one speaker together) is <em>eligible</em> when it is no field or
 *       caption word, not numbered like a list item, and mostly followed by speech;</li>
 *   <li>the eligible labels that start lines or follow finished sentences form the candidate
 *       transcript; it is <em>accepted</em> when at least two labels take turns and enough of what
 *       a reader looks for is there: labels that name people, roles or publications, someone who
 *       asks, many turns, a dialogue that fills the article, a title or lead that names a label or
 *       says it is an interview;</li>
 *   <li>a label that appears once in an accepted transcript speaks only when it names someone.</li>
 * </ol>
 * Every decision keeps its evidence, so that {@code interview inspect --speakers} can say why.
 */
public final class SpeakerModel {

    /** A label is eligible when at least this share of its occurrences is followed by speech. */
    static final double MIN_SPEECH_SHARE = 0.5;
    /** Speakers changing this often are more than a quoted example. */
    static final int MANY_TURNS = 10;
    /** Speakers changing this often over speech are a conversation whatever else the article says. */
    static final int LONG_DIALOGUE = 30;
    /** Prose this long (characters of article text) between two labels parts the stretches they stand in. */
    static final int MAX_GAP = 3000;
    /** Evidence names at most this many stretches that were no transcript. */
    static final int MAX_REPORTED_STRETCHES = 3;
    /** A dialogue whose stretch holds this share of the body's text is the article itself. */
    static final double DIALOGUE_IS_ARTICLE = 0.5;
    /** No credit, link line or boilerplate paragraph is longer than this, markup included. */
    static final int LONGER_THAN_A_FOOTER_LINE = 400;
    /** A line with a web address and fewer other characters than this points somewhere rather than says something. */
    static final int LINK_LINE = 20;
    /**
     * A dialogue that ends the article counts as a sign only when the speaker changes this often
     * (a quoted exchange can close an essay), or when it is one question and its answer.
     */
    static final int MIN_CHANGES_TO_END = 3;
    /** A dialogue after which at most 1/this of the body's text follows runs to the end of the article. */
    static final int ENDS_ARTICLE_DENOMINATOR = 3;
    /** Someone asks when this share of their turns (and at least two) hold a question. */
    static final double ASKING_SHARE = 0.5;
    /**
     * A transcript needs this many signs of a conversation besides labels taking turns, one of them
     * strong (labels that name people, someone who asks, a title that says so) and one of them
     * structural (a long exchange, a dialogue that fills the article or runs to its end): quoted
     * examples in an essay are short and the essay goes on after them.
     */
    static final int MIN_SIGNS = 2;
    /** A roster line describes someone in fewer characters than this. */
    static final int ROSTER_DESCRIPTION = 60;
    /** So many such lines one after another are a list of people even with no line introducing them. */
    static final int MIN_ROSTER = 3;
    /** A label seen once after the dialogue's last recurring label speaks at least this long to close it. */
    static final int CLOSING_TURN = 60;
    /** A conversation goes back and forth: the speaker changes at least this often, */
    static final int MIN_CHANGES = 2;
    /** unless it is a single exchange of at most this many turns, */
    static final int MAX_EXCHANGE_TURNS = 3;
    /** each following the one before within this many characters of article text (a reader's letter can be long). */
    static final int MAX_EXCHANGE_GAP = 3000;
    /** Labels that name someone open at least 1/this of a transcript's turns. */
    static final int MIN_NAMING_DENOMINATOR = 3;
    /** Labels that recur or surely name someone open at least this share (numerator / denominator) of the turns. */
    static final int CORE_SHARE_NUMERATOR = 2;
    static final int CORE_SHARE_DENOMINATOR = 3;

    private static final List<String> INTERVIEW_WORDS = List.of("对话", "专访", "访谈", "采访", "对谈", "问答", "实录",
            "播客", "圆桌", "答记者问", "interview", "podcast", "conversation", "q&a");

    private final RoleWords roleWords;
    private final Set<String> notSpeakers;
    private final Predicate<String> declared;
    private final boolean declaresSpeakers;
    private final BoilerplateRules boilerplate;

    /**
     * A model.
     *
     * @param roleWords the role words labels may carry
     * @param notSpeakers field, caption and credit words (lower case): one feature, never the only one
     * @param declared labels the document's front matter declares as speakers
     * @param declaresSpeakers whether the front matter declares participants at all: the author's
     *     word that the document is a transcript (canonical Markdown says so)
     * @param boilerplate the rules that tell a footer's paragraphs from the article's own text
     */
    public SpeakerModel(RoleWords roleWords, Set<String> notSpeakers, Predicate<String> declared, boolean declaresSpeakers,
            BoilerplateRules boilerplate) {
        this.roleWords = roleWords;
        this.notSpeakers = notSpeakers;
        this.declared = declared;
        this.declaresSpeakers = declaresSpeakers;
        this.boilerplate = boilerplate;
    }

    /** What the article says besides its labels: its title, its account and author, the text before the first label. */
    public record Article(Optional<String> title, Optional<String> account, Optional<String> author) {}

    /**
     * The decision: the occurrences where turns start, in source order, whether the document holds
     * a transcript and why, and a verdict for every label.
     */
    public record Decision(List<LabelOccurrence> turns, boolean transcript, List<String> evidence,
            List<LabelDecision> labelDecisions, Map<String, String> speakerKeys) {
        /** The decision on a document with no labels. */
        public static final Decision NONE = new Decision(List.of(), false, List.of(), List.of(), Map.of());

        /** The key that says which speaker {@code label} names: one key for all forms of one speaker. */
        public String speakerKey(String label) {
            return speakerKeys.get(label);
        }
    }

    /** Decides, for the whole document, which of {@code occurrences} start turns. */
    public Decision decide(List<LabelOccurrence> occurrences, List<RawBlock> body, Article article) {
        Map<String, LabelProfile> byLabel = new HashMap<>();
        Map<String, LabelProfile> profiles = profiles(occurrences, article, byLabel);
        Map<LabelProfile, List<String>> evidence = new LinkedHashMap<>();
        profiles.values().forEach(p -> evidence.put(p, new ArrayList<>(p.notes)));
        // Occurrences are told apart by identity: the same label twice on a line is two occurrences.
        Map<LabelOccurrence, LabelProfile> owner = new java.util.IdentityHashMap<>();
        for (LabelProfile profile : profiles.values()) {
            if (isEligible(profile, evidence.get(profile))) {
                profile.occurrences.stream().filter(SpeakerModel::mayStartTurn).forEach(o -> owner.put(o, profile));
            }
        }
        // Labels the exporter glued to the text before them are part of what the reader sees take turns.
        List<LabelOccurrence> sequence = new ArrayList<>(owner.keySet());
        // Only a label that names someone is looked for glued to text: phrases with colons fill prose.
        List<LabelOccurrence> naming = sequence.stream().filter(o -> owner.get(o).namesSomeone()).toList();
        for (LabelOccurrence g : GluedLabels.find(body, naming, occurrences)) {
            LabelProfile profile = byLabel.get(g.label());
            owner.put(g, profile);
            profile.glued++;
            sequence.add(g);
        }
        sequence.sort(Comparator.comparingInt(LabelOccurrence::line).thenComparingInt(LabelOccurrence::column));
        List<String> documentEvidence = new ArrayList<>();
        List<LabelOccurrence> turns = new ArrayList<>();
        // The document's own front matter declaring its speakers is the author's word that it is a transcript.
        boolean declares = declaresSpeakers;
        if (declares) {
            documentEvidence.add("the front matter declares the speakers");
        }
        Set<LabelProfile> speaking = new java.util.HashSet<>();
        if (declares) {
            sequence.forEach(o -> speaking.add(owner.get(o)));
        } else {
            speaking.addAll(transcriptLabels(sequence, owner, body, new ArticleText(body, this::isArticleText), article,
                    documentEvidence));
        }
        if (!speaking.isEmpty()) {
            turns.addAll(turnsOf(sequence.stream().filter(o -> speaking.contains(owner.get(o))).toList(), owner, evidence,
                    body));
            if (!declares && turns.stream().map(owner::get).distinct().count() < 2) {
                documentEvidence.add("but only one label is left once roster lines and labels that appear once"
                        + " and name no one are set aside");
                turns.clear();
            }
        }
        List<LabelDecision> verdicts = verdicts(profiles, evidence, owner, turns, !turns.isEmpty());
        Map<String, String> speakerKeys = new HashMap<>();
        byLabel.forEach((label, profile) -> speakerKeys.put(label, profile.key));
        return new Decision(List.copyOf(turns), !turns.isEmpty(), List.copyOf(documentEvidence), verdicts,
                Map.copyOf(speakerKeys));
    }

    /**
     * The labels of the stretches that are transcripts. A stretch is a run of labels with no long
     * prose between two of them: an essay's scattered examples ({@code A：…} {@code B：…} twice, a
     * quoted exchange) stand apart, each too small to be a conversation, while an interview's turns
     * follow each other.
     */
    private Set<LabelProfile> transcriptLabels(List<LabelOccurrence> sequence, Map<LabelOccurrence, LabelProfile> owner,
            List<RawBlock> body, ArticleText text, Article article, List<String> why) {
        if (sequence.isEmpty()) {
            why.add("no label is followed by speech where turns start");
            return Set.of();
        }
        List<List<LabelOccurrence>> stretches = new ArrayList<>();
        List<LabelOccurrence> current = new ArrayList<>();
        for (LabelOccurrence o : sequence) {
            if (!current.isEmpty()) {
                int previous = current.get(current.size() - 1).block();
                if (text.between(previous + 1, o.block()) > MAX_GAP) {
                    stretches.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(o);
        }
        stretches.add(current);
        Set<LabelProfile> labels = new java.util.LinkedHashSet<>();
        List<String> rejected = new ArrayList<>();
        for (List<LabelOccurrence> stretch : stretches) {
            List<String> verdict = new ArrayList<>();
            if (isTranscript(stretch, owner, body, text, article, verdict)) {
                stretch.forEach(o -> labels.add(owner.get(o)));
                why.add(stretchName(stretch, stretches.size()) + verdict.get(0));
            } else if (stretch.size() > 1 || stretches.size() == 1) {
                rejected.add(stretchName(stretch, stretches.size()) + verdict.get(0));
            }
        }
        if (labels.isEmpty()) {
            rejected.stream().limit(MAX_REPORTED_STRETCHES).forEach(why::add);
            if (rejected.size() > MAX_REPORTED_STRETCHES) {
                why.add((rejected.size() - MAX_REPORTED_STRETCHES) + " more stretches of labels, none a transcript");
            }
        }
        return labels;
    }

    private static String stretchName(List<LabelOccurrence> stretch, int stretches) {
        return stretches == 1 ? "" : "lines " + stretch.get(0).line() + "–" + stretch.get(stretch.size() - 1).line() + ": ";
    }

    /**
     * The occurrences of an accepted transcript that start turns: not the roster lines before the
     * first speech (a label followed by a name and a description), and not a label that appears
     * once unless it surely names someone (a bold sentence ending in a colon inside an answer does
     * not) and stands before the dialogue's last recurring label.
     */
    private static List<LabelOccurrence> turnsOf(List<LabelOccurrence> sequence, Map<LabelOccurrence, LabelProfile> owner,
            Map<LabelProfile, List<String>> evidence, List<RawBlock> body) {
        Map<LabelProfile, Integer> counts = new HashMap<>();
        sequence.forEach(o -> counts.merge(owner.get(o), 1, Integer::sum));
        Set<LabelOccurrence> openingRoster = openingRoster(sequence, owner, body);
        List<LabelOccurrence> turns = new ArrayList<>();
        List<LabelOccurrence> rosters = new ArrayList<>();
        boolean speechSeen = false;
        int lastRecurring = -1;
        for (int i = 0; i < sequence.size(); i++) {
            if (counts.get(owner.get(sequence.get(i))) > 1) {
                lastRecurring = i;
            }
        }
        for (int i = 0; i < sequence.size(); i++) {
            LabelOccurrence o = sequence.get(i);
            LabelProfile profile = owner.get(o);
            speechSeen |= o.following().isSpeech();
            if (profile.declared && o.bold()) {
                turns.add(o);
                continue;
            }
            // A role letter's roster line (A：Geoffrey Hinton) stays when the letter speaks later: RosterLines
            // reads the name from it. 主播：魏倩 alone says who hosts, and the host speaks under her name.
            boolean namesALaterSpeaker = profile.isRoleWord() && counts.get(profile) > 1;
            boolean rosterLine = openingRoster.contains(o) || !speechSeen && o.following().kind() == FollowingText.Kind.SHORT;
            if (rosterLine && !namesALaterSpeaker) {
                rosters.add(o);
                continue;
            }
            if (counts.get(profile) == 1 && !profile.surelyNamesSomeone()) {
                evidence.get(profile).add("appears once and is no name, role or publication");
                continue;
            }
            if (counts.get(profile) == 1 && !o.opensLine()) {
                evidence.get(profile).add("appears once, inside a line: bold words that end in a colon, not a turn");
                continue;
            }
            if (counts.get(profile) == 1 && lastRecurring >= 0 && i > lastRecurring && !profile.isRoleWord()
                    && o.following().characters() < CLOSING_TURN) {
                evidence.get(profile).add("appears once, with a line, after the dialogue has ended: a quote in the footer");
                continue;
            }
            turns.add(o);
        }
        // A short first line is a roster only where others speak after it; alone with one answer it is a turn.
        if (turns.stream().map(owner::get).distinct().count() < 2) {
            turns.addAll(rosters);
            turns.sort(Comparator.comparingInt(LabelOccurrence::line).thenComparingInt(LabelOccurrence::column));
        } else {
            rosters.forEach(o -> evidence.get(owner.get(o)).add("line " + o.line()
                    + " names or describes someone before the dialogue starts: a roster line"));
        }
        return turns;
    }

    /**
     * The people an article lists before its dialogue ({@code 访谈嘉宾：} then {@code Grant Lee：Gamma
     * 联合创始人}, {@code Weiting Liu：Arc.dev 创始人 & CEO，早年就职于 Y Combinator。}): labels in
     * paragraphs one after another, each once, each with a short description that asks nothing,
     * three or more or introduced by a line ending in a colon, and then prose.
     */
    private static Set<LabelOccurrence> openingRoster(List<LabelOccurrence> sequence, Map<LabelOccurrence, LabelProfile> owner,
            List<RawBlock> body) {
        List<LabelOccurrence> roster = new ArrayList<>();
        Set<LabelProfile> named = new java.util.HashSet<>();
        for (LabelOccurrence o : sequence) {
            boolean next = roster.isEmpty() || o.block() == roster.get(roster.size() - 1).block() + 1;
            if (!next || !o.opensLine() || o.following().characters() >= ROSTER_DESCRIPTION || o.following().question()
                    || !named.add(owner.get(o))) {
                break;
            }
            roster.add(o);
        }
        // A list of people: three or more, or two under a line that introduces them (访谈嘉宾：).
        int first = roster.isEmpty() ? 0 : roster.get(0).block();
        boolean introduced = first > 0 && body.get(first - 1).kind() == RawBlock.Kind.PARAGRAPH
                && LabelCharacters.isColon(lastCharacter(body.get(first - 1).rawText()));
        if (roster.size() < MIN_ROSTER && !(roster.size() >= 2 && introduced)) {
            return Set.of();
        }
        int after = roster.get(roster.size() - 1).block() + 1;
        boolean labelFollows = sequence.size() > roster.size() && sequence.get(roster.size()).block() == after;
        boolean proseFollows = after < body.size() && body.get(after).kind() == RawBlock.Kind.PARAGRAPH && !labelFollows;
        return proseFollows ? Set.copyOf(roster) : Set.of();
    }

    /** One profile a speaker, by key; {@code byLabel} gets the profile of every label form. */
    private static char lastCharacter(String text) {
        String t = text.replace("*", "").strip();
        return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }

    private Map<String, LabelProfile> profiles(List<LabelOccurrence> occurrences, Article article,
            Map<String, LabelProfile> byLabel) {
        Map<String, LabelProfile> profiles = new LinkedHashMap<>();
        for (LabelOccurrence o : occurrences) {
            LabelProfile profile = byLabel.get(o.label());
            if (profile == null) {
                RoleWords.Parsed parsed = roleWords.parse(o.label());
                String key = keyOf(parsed);
                profile = profiles.get(key);
                if (profile == null) {
                    profile = new LabelProfile(key, o.label(), parsed);
                    describe(profile, article);
                    profiles.put(key, profile);
                }
                profile.neverSpeaker |= isNeverASpeaker(o.label(), parsed);
                byLabel.put(o.label(), profile);
            }
            profile.declared |= o.bold() && o.opensLine() && declared.test(o.label());
            profile.occurrences.add(o);
        }
        mergeSpellings(profiles, byLabel);
        return profiles;
    }

    /** A transliteration this long (middle dot included) may be spelt two ways in one article. */
    static final int MIN_TRANSLITERATION = 5;

    /**
     * Joins two transliterations of one name that differ in one character ({@code 艾莉森·内森} and
     * {@code 艾利森·内森}: translators and editors spell foreign names by sound). Names this long with
     * a middle dot that differ in one sound are one person far more often than two.
     */
    private static void mergeSpellings(Map<String, LabelProfile> profiles, Map<String, LabelProfile> byLabel) {
        List<LabelProfile> all = new ArrayList<>(profiles.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                LabelProfile first = all.get(i);
                LabelProfile second = all.get(j);
                if (profiles.containsKey(first.key) && profiles.containsKey(second.key) && spelledTwice(first.label, second.label)) {
                    first.occurrences.addAll(second.occurrences);
                    first.occurrences.sort(Comparator.comparingInt(LabelOccurrence::line).thenComparingInt(LabelOccurrence::column));
                    first.neverSpeaker |= second.neverSpeaker;
                    first.declared |= second.declared;
                    first.notes.add("'" + second.label + "' spells the same transliterated name another way");
                    byLabel.replaceAll((label, profile) -> profile == second ? first : profile);
                    profiles.remove(second.key);
                }
            }
        }
    }

    static boolean spelledTwice(String a, String b) {
        if (a.length() != b.length() || a.length() < MIN_TRANSLITERATION || a.indexOf('·') < 0 || a.indexOf('·') != b.indexOf('·')) {
            return false;
        }
        int differences = 0;
        for (int k = 0; k < a.length(); k++) {
            if (a.charAt(k) != b.charAt(k) && ++differences > 1) {
                return false;
            }
        }
        return differences == 1;
    }

    private static void describe(LabelProfile profile, Article article) {
        String name = profile.parsed.isRoleOnly() ? profile.label : profile.parsed.name();
        profile.person = PersonNames.isPersonName(name);
        profile.fullName = PersonNames.isFullName(name);
        profile.publication = isPublication(name, article);
        profile.numberedSpeaker = PersonNames.isNumberedSpeaker(name);
        // Speaker 0 ends in a number as a list's item 3 does, but it is a transcript's speaker.
        profile.enumerated = !profile.isRoleWord() && !profile.numberedSpeaker && isEnumerated(name);
        profile.narration = !profile.parsed.isRoleOnly() && isNarration(name);
        String bare = LabelCharacters.unbracketed(name);
        profile.inTitle = !profile.parsed.isRoleOnly() && bare.length() >= 2 && article.title().filter(t -> t.contains(bare)).isPresent();
        profile.mentioned = profile.person && profile.inTitle;
    }

    private boolean isEligible(LabelProfile profile, List<String> why) {
        int n = profile.occurrences.size();
        long speech = profile.speechCount();
        if (profile.declared) {
            why.add("declared in the front matter");
            return true;
        }
        if (profile.neverSpeaker) {
            why.add("a field, caption or credit word");
            return false;
        }
        if (profile.enumerated) {
            why.add("numbered like a list item, a step or a figure");
            return false;
        }
        if (profile.narration && !profile.publication) {
            why.add("a phrase of prose that introduces what follows (他说：, 举个例子：, 问题在于：), not a name");
            return false;
        }
        // A role word or a full name (记者：, 问：, Geoffrey Hinton：) that speaks somewhere labels a speaker by
        // its very shape: a few words after it elsewhere are a short question or answer, not a caption.
        long speechLike = profile.surelyNamesSomeone() && speech > 0 ? speech + profile.shortCount() : speech;
        if (speechLike < MIN_SPEECH_SHARE * n) {
            why.add("followed by speech " + speech + " of " + n + " times; otherwise by " + nonSpeech(profile));
            return false;
        }
        why.add("followed by speech " + speech + " of " + n + " times");
        long beside = profile.besideImageCount();
        if (beside > 0) {
            why.add("beside an image " + beside + " of " + n + " times");
        }
        if (profile.namesSomeone()) {
            why.add("names someone: " + namesWhom(profile));
        }
        return true;
    }

    private static String nonSpeech(LabelProfile profile) {
        Map<FollowingText.Kind, Integer> kinds = new java.util.EnumMap<>(FollowingText.Kind.class);
        profile.occurrences.stream().filter(o -> !o.following().isSpeech()).forEach(o -> kinds.merge(o.following().kind(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, count) -> parts.add(describe(kind) + " (" + count + ")"));
        return String.join(", ", parts);
    }

    private static String describe(FollowingText.Kind kind) {
        return switch (kind) {
            case SHORT -> "a few words, no sentence";
            case LINK -> "a link";
            case NUMBER -> "a number";
            case NOTHING -> "nothing";
            case SPEECH -> "speech";
        };
    }

    private static String namesWhom(LabelProfile profile) {
        List<String> what = new ArrayList<>();
        if (profile.declared) {
            what.add("declared");
        }
        if (profile.isRoleWord()) {
            what.add("the role word " + profile.parsed.roleWord().orElseThrow().word());
        }
        if (profile.person) {
            what.add("a person's name");
        }
        if (profile.publication) {
            what.add("a publication");
        }
        if (profile.numberedSpeaker) {
            what.add("a transcription's numbered speaker");
        }
        if (profile.mentioned) {
            what.add("named in the title");
        }
        return String.join(", ", what);
    }

    /** Plain labels start turns only where lines start; bold ones also after a finished sentence. */
    private static boolean mayStartTurn(LabelOccurrence o) {
        return o.bold() || o.opensLine();
    }

    /** Whether the labels of one stretch take turns as speakers do; {@code why} gets one line saying why or why not. */
    private boolean isTranscript(List<LabelOccurrence> sequence, Map<LabelOccurrence, LabelProfile> owner,
            List<RawBlock> body, ArticleText text, Article article, List<String> why) {
        Map<LabelProfile, int[]> byLabel = new LinkedHashMap<>();
        int changes = 0;
        LabelProfile previous = null;
        for (LabelOccurrence o : sequence) {
            LabelProfile p = owner.get(o);
            int[] c = byLabel.computeIfAbsent(p, k -> new int[2]);
            c[0]++;
            if (o.following().question()) {
                c[1]++;
            }
            if (previous != null && previous != p) {
                changes++;
            }
            previous = p;
        }
        int turns = sequence.size();
        if (byLabel.size() < 2 || changes == 0) {
            why.add("no labels take turns: " + byLabel.size() + " label(s), " + turns + " line(s)");
            return false;
        }
        String summary = byLabel.size() + " labels take turns " + changes + " times in " + turns + " turns";
        boolean oneExchange = isOneExchange(sequence, byLabel, text);
        if (changes < MIN_CHANGES && !oneExchange) {
            why.add(summary + ": no back and forth (blocks that each open with the same label)");
            return false;
        }
        // Speakers recur or name themselves; bold phrases in prose come and go.
        int coreTurns = byLabel.entrySet().stream()
                .filter(e -> e.getValue()[0] >= 2 || e.getKey().surelyNamesSomeone())
                .mapToInt(e -> e.getValue()[0]).sum();
        // Whether every label that counts names someone: a phrase seen once (a lead's bold words) does not count.
        boolean allNamed = byLabel.entrySet().stream().filter(e -> e.getValue()[0] >= 2 || e.getKey().surelyNamesSomeone())
                .allMatch(e -> e.getKey().surelyNamesSomeone());
        long speakTwice = byLabel.values().stream().filter(c -> c[0] >= 2).count();
        if (!oneExchange && (speakTwice == 0 || !allNamed && speakTwice < 2)) {
            why.add(summary + ", but fewer than two of them speak twice and not all name someone: names in a list"
                    + " or quotes, not a conversation");
            return false;
        }
        if (!oneExchange && coreTurns * CORE_SHARE_DENOMINATOR < turns * CORE_SHARE_NUMERATOR) {
            why.add(summary + ", but labels that recur or name someone open only " + coreTurns
                    + " of them: bold phrases in prose, not speakers");
            return false;
        }
        List<String> strong = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        // A：… B：… is an example's placeholders, not the letter of someone who answers (Q：… A：…).
        boolean placeholders = byLabel.keySet().stream().anyMatch(p -> isPlaceholder(p) && !p.isRoleWord());
        int namingTurns = 0;
        for (Map.Entry<LabelProfile, int[]> e : byLabel.entrySet()) {
            if (e.getKey().namesSomeone() && !(placeholders && isPlaceholder(e.getKey()))) {
                namingTurns += e.getValue()[0];
            }
        }
        if (namingTurns * MIN_NAMING_DENOMINATOR < turns) {
            why.add(summary + ", but labels that name a person, a role or a publication open only " + namingTurns
                    + " of them: fields, headings or points of view, not speakers");
            return false;
        }
        if (2 * namingTurns >= turns) {
            strong.add("labels that name people, roles or publications open " + namingTurns + " of " + turns + " turns");
        }
        byLabel.entrySet().stream()
                .filter(e -> e.getValue()[1] >= 2 && e.getValue()[1] >= ASKING_SHARE * e.getValue()[0])
                .findFirst()
                .ifPresent(e -> strong.add("'" + e.getKey().label + "' asks questions (" + e.getValue()[1] + " of "
                        + e.getValue()[0] + " turns)"));
        String title = article.title().orElse("").toLowerCase(Locale.ROOT);
        if (INTERVIEW_WORDS.stream().anyMatch(title::contains)) {
            strong.add("the title says it is a conversation");
        } else if (byLabel.keySet().stream().anyMatch(p -> p.mentioned)) {
            strong.add("the title names a label");
        }
        introduction(body, sequence.get(0).block()).ifPresent(line -> strong.add("the article introduces a transcript ("
                + line + ")"));
        if (changes >= LONG_DIALOGUE) {
            strong.add("the speaker changes " + changes + " times");
        } else if (changes >= MANY_TURNS) {
            weak.add("the speaker changes " + changes + " times");
        }
        Stretch stretch = Stretch.of(sequence, text);
        if (stretch.share() >= DIALOGUE_IS_ARTICLE) {
            weak.add("the dialogue fills " + wholePercent(stretch.share()) + "% of the body");
        } else if (stretch.endsArticle() && (oneExchange || changes >= MIN_CHANGES_TO_END)) {
            weak.add("the dialogue runs to the end of the article");
        }
        List<String> signs = new ArrayList<>(strong);
        signs.addAll(weak);
        // Quoted examples in an essay are short and the essay goes on; a short interview makes up for it with
        // labels that all surely name someone and more than one strong sign.
        boolean structural = !weak.isEmpty() || changes >= LONG_DIALOGUE || allNamed && strong.size() >= 2;
        if (strong.isEmpty() || signs.size() < MIN_SIGNS || !structural) {
            why.add(summary + ", but that looks like quoted examples or a list, not a transcript"
                    + (signs.isEmpty() ? "" : " (only: " + String.join("; ", signs) + ")"));
            return false;
        }
        why.add(summary + "; " + String.join("; ", signs));
        return true;
    }

    /**
     * One question and its answer, at most a follow-up: so few turns take turns only once, and then
     * the answer follows closely, every label surely names someone ({@code 主持人}, {@code 张三丰},
     * not {@code 年龄}), and the first asks unless both are roles ({@code 记者：} / {@code 嘉宾：}).
     */
    private static boolean isOneExchange(List<LabelOccurrence> sequence, Map<LabelProfile, int[]> byLabel, ArticleText text) {
        boolean roles = byLabel.keySet().stream().allMatch(LabelProfile::isRoleWord);
        if (sequence.size() > MAX_EXCHANGE_TURNS || !roles && !sequence.get(0).following().question()
                || !byLabel.keySet().stream().allMatch(LabelProfile::surelyNamesSomeone)) {
            return false;
        }
        for (int i = 1; i < sequence.size(); i++) {
            if (text.between(sequence.get(i - 1).block() + 1, sequence.get(i).block()) > MAX_EXCHANGE_GAP) {
                return false;
            }
        }
        return true;
    }

    /** The line before the dialogue that introduces a transcript ({@code 以下是对话实录：}, {@code # 文稿整理}), if one does. */
    private static Optional<String> introduction(List<RawBlock> body, int firstTurnBlock) {
        for (int b = 0; b < firstTurnBlock; b++) {
            RawBlock block = body.get(b);
            if ((block.kind() == RawBlock.Kind.PARAGRAPH || block.kind() == RawBlock.Kind.HEADING)
                    && FramingTitles.introducesTranscript(block.rawText().replace("*", ""))) {
                return Optional.of("line " + block.firstLine());
            }
        }
        return Optional.empty();
    }

    /** A paragraph, list item or quote of the article's own: no image, no credit, no footer boilerplate. */
    private boolean isArticleText(RawBlock block) {
        if (!ArticleText.isProse(block)) {
            return false;
        }
        if (ArticleText.characters(block) > LONGER_THAN_A_FOOTER_LINE) {
            // Credits, link lines and boilerplate are short: a long paragraph is the article's, unless it is
            // a picture or a link (a related article's long address).
            String first = block.content().get(0);
            String last = block.content().get(block.content().size() - 1);
            return !SourceLines.opensWith(first, "![")
                    && !(SourceLines.opensWith(first, "[") && SourceLines.lastVisible(last) == ')');
        }
        String raw = block.content().size() == 1 ? block.content().get(0) : block.rawText();
        String text = (raw.indexOf('*') >= 0 || raw.indexOf('_') >= 0 ? raw.replace("*", "").replace("_", "") : raw).strip();
        // A related article ([1、[title]](url)) or a line that only points somewhere (原视频链接：https://…) is no prose.
        boolean linkOnly = text.startsWith("[") && text.endsWith(")") || text.contains("://") && withoutAddresses(text) < LINK_LINE;
        return !text.startsWith("![") && !linkOnly && !Credits.isCredit(text) && boilerplate.classify(text).isEmpty();
    }

    /**
     * {@code share} as a whole percentage, rounded as {@code String.format("%.0f")} rounds (half up,
     * from the shortest decimal of the double), without a formatter: this is asked of every stretch.
     */
    static String wholePercent(double share) {
        return new java.math.BigDecimal(Double.toString(100 * share)).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A single capital letter ({@code A}, {@code B}): a role letter beside {@code Q}, a placeholder beside {@code B}. */
    private static boolean isPlaceholder(LabelProfile profile) {
        String label = profile.label.strip();
        return label.length() == 1 && label.charAt(0) >= 'A' && label.charAt(0) <= 'Z';
    }

    /** How many characters {@code text} has besides its web addresses (from {@code http} to the next space or parenthesis). */
    private static int withoutAddresses(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("http", i)) {
                while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != ')') {
                    i++;
                }
                continue;
            }
            count++;
        }
        return count;
    }

    /**
     * How the body's text lies around the dialogue: the article's own text before its first turn,
     * everything said from its first turn to the end of its last, the article's own text after.
     */
    private record Stretch(long before, long inside, long after) {

        static Stretch of(List<LabelOccurrence> sequence, ArticleText text) {
            int first = sequence.get(0).block();
            int last = text.turnEnd(sequence.get(sequence.size() - 1).block());
            return new Stretch(text.articleTextBefore(first), text.between(first, last + 1),
                    text.articleTextFrom(last + 1));
        }

        long total() {
            return before + inside + after;
        }

        double share() {
            return total() == 0 ? 0 : (double) inside / total();
        }

        /** Whether little more than a footer follows the dialogue, as after an interview (not after a quoted example). */
        boolean endsArticle() {
            return after * ENDS_ARTICLE_DENOMINATOR <= total();
        }
    }

    private List<LabelDecision> verdicts(Map<String, LabelProfile> profiles, Map<LabelProfile, List<String>> evidence,
            Map<LabelOccurrence, LabelProfile> owner, List<LabelOccurrence> turns, boolean transcript) {
        Map<LabelProfile, Integer> turnCounts = new HashMap<>();
        turns.forEach(o -> turnCounts.merge(owner.get(o), 1, Integer::sum));
        List<LabelDecision> verdicts = new ArrayList<>();
        for (LabelProfile profile : profiles.values()) {
            int turnCount = turnCounts.getOrDefault(profile, 0);
            List<String> why = new ArrayList<>(evidence.get(profile));
            boolean eligible = profile.occurrences.stream().anyMatch(owner::containsKey);
            if (eligible && turnCount == 0 && !transcript) {
                why.add("no transcript in the document");
            }
            if (profile.glued > 0) {
                why.add(profile.glued + " more turn(s) where the exporter glued the label to the text before it");
            }
            List<String> forms = profile.occurrences.stream().map(LabelOccurrence::label).distinct().toList();
            verdicts.add(new LabelDecision(profile.label, forms, turnCount > 0, profile.occurrences.size(), turnCount,
                    profile.occurrences.get(0).line(), List.copyOf(why)));
        }
        return List.copyOf(verdicts);
    }

    private boolean isNeverASpeaker(String label, RoleWords.Parsed parsed) {
        return notSpeakers.contains(label.toLowerCase(Locale.ROOT)) || notSpeakers.contains(parsed.name().toLowerCase(Locale.ROOT));
    }

    /** {@code 「暗涌」}, {@code 《三联生活周刊》}, or the account or author that publishes the article. */
    private static boolean isPublication(String name, Article article) {
        String n = name.strip();
        if (LabelCharacters.isBracketed(n)) {
            return true;
        }
        String bare = LabelCharacters.unbracketed(n);
        return bare.length() >= 2 && (article.account().filter(a -> a.contains(bare)).isPresent()
                || article.author().filter(a -> a.contains(bare)).isPresent());
    }

    /** {@code 图表3}, {@code 第一段}, {@code 1 背景}, {@code 步骤二}, {@code ①}: items of a list, not people. */
    static boolean isEnumerated(String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return true;
        }
        int first = n.codePointAt(0);
        if (Character.isDigit(first) || isChineseNumeral(first) && n.length() > 1 && "、.．是".indexOf(n.charAt(1)) >= 0
                || first == '第' && n.length() > 1 && (Character.isDigit(n.charAt(1)) || isChineseNumeral(n.charAt(1)))
                || !Character.isLetterOrDigit(first) && !LabelCharacters.isOpeningBracket((char) first) && first != '@') {
            return true;
        }
        int last = n.codePointBefore(n.length());
        // 解决方案一, 步骤二: a Chinese numeral ends a longer label; 张三 and 王小二 are names.
        return Character.isDigit(last) || isChineseNumeral(last) && n.codePointCount(0, n.length()) >= ENUMERATED_LENGTH;
    }

    /**
     * Words that end a sentence introducing what follows: a verb of saying before a quote (他说：,
     * 研究发现：, 报告指出：) or the copula before an explanation (这就是：, 问题是：).
     */
    /** Chinese names have two or three characters. */
    private static final int SHORT_NAME = 3;

    private static final List<String> INTRODUCING_ENDINGS = List.of("说", "道", "表示", "认为", "指出", "发现", "写道",
            "提到", "强调", "透露", "回忆", "坦言", "直言", "称", "所言", "是", "在于");
    /** A note's author before the note: a name never ends so ({@code 范阳注} is a note, not 范阳 speaking). */
    private static final List<String> NOTE_ENDINGS = List.of("注", "按");

    /**
     * {@code 我说}, {@code 麦肯锡报告指出}, {@code 举个例子}, {@code 问题在于}, {@code 译者注}: a phrase of
     * prose that introduces what follows, not the name of someone. Han labels with a function word are phrases.
     */
    static boolean isNarration(String name) {
        String n = name.strip();
        if (n.codePointCount(0, n.length()) < 2 || n.charAt(0) < 128 || LabelCharacters.isBracketed(n)) {
            return false;
        }
        // 梁文道 and 张道 are names that end like a verb of saying: a short name stays a name.
        boolean shortName = PersonNames.isPersonName(n) && n.codePointCount(0, n.length()) <= SHORT_NAME;
        return NOTE_ENDINGS.stream().anyMatch(n::endsWith) || !shortName && (INTRODUCING_ENDINGS.stream().anyMatch(n::endsWith)
                || n.codePoints().anyMatch(cp -> NameShapes.FUNCTION_CHARACTERS.indexOf(cp) >= 0));
    }

    /** A label this long that ends in a Chinese numeral numbers an item ({@code 解决方案一}). */
    private static final int ENUMERATED_LENGTH = 4;

    private static boolean isChineseNumeral(int cp) {
        return "一二三四五六七八九十".indexOf(cp) >= 0;
    }

    static String keyOf(RoleWords.Parsed parsed) {
        return parsed.isRoleOnly() ? "role:" + parsed.roleWord().orElseThrow().id() : RoleWords.nameKey(parsed.name());
    }
}
