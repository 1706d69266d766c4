package dev.interviewkit.evaluation;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.InterviewParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses every article of the wild corpus and says what came out: how many read as interviews,
 * whether anything threw or hit the parser's safety net ({@code INTERNAL_ERROR}), and which labels
 * were accepted as speakers in how many articles, for a reviewer to scan.
 */
public final class CorpusSurvey {

    private final InterviewParser parser;
    private final WildCorpus corpus;
    private final int threads;

    /** A survey of {@code corpus} on {@code threads} threads (the parser is thread-safe). */
    public CorpusSurvey(InterviewParser parser, WildCorpus corpus, int threads) {
        this.parser = parser;
        this.corpus = corpus;
        this.threads = threads;
    }

    /**
     * What one article gave.
     *
     * @param path its path in the corpus
     * @param speakers each participant that has turns: its label forms joined by {@code /}, then {@code ×} and its turn count
     * @param labels every label form of those participants
     * @param internalErrors how many {@code INTERNAL_ERROR} diagnostics it got
     * @param failure the exception that escaped the parser, if one did
     */
    public record Article(String path, List<String> speakers, Set<String> labels, int internalErrors, Optional<String> failure) {
        /** Whether the parser read it as an interview. */
        public boolean interview() {
            return !speakers.isEmpty();
        }
    }

    /** Every article, renamed first if a {@code renamer} is given, parsed in the order of {@code LIST}. */
    public List<Article> run(Optional<LabelRenamer> renamer) throws IOException {
        List<String> paths = corpus.paths();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (String path : paths) {
                futures.add(pool.submit(() -> survey(path, renamer)));
            }
            List<Article> articles = new ArrayList<>();
            for (Future<Article> future : futures) {
                articles.add(future.get());
            }
            return List.copyOf(articles);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Article survey(String path, Optional<LabelRenamer> renamer) {
        byte[] bytes;
        try {
            bytes = corpus.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (renamer.isPresent()) {
            bytes = renamer.get().rename(path, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        Interview interview;
        try {
            interview = parser.parse(new ByteArrayInputStream(bytes)).interview();
        } catch (RuntimeException | IOException e) {
            return new Article(path, List.of(), Set.of(), 0, Optional.of(e.toString()));
        }
        List<String> speakers = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (FoundSpeaker speaker : FoundSpeaker.of(interview)) {
            speakers.add(String.join("/", speaker.forms()) + "×" + speaker.turns());
            labels.addAll(speaker.forms());
        }
        int internalErrors = (int) interview.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.INTERNAL_ERROR).count();
        return new Article(path, List.copyOf(speakers), Set.copyOf(labels), internalErrors, Optional.empty());
    }

    /** The counts, then every label accepted in at least {@code minArticles} articles, most frequent first. */
    public static void report(List<Article> articles, int minArticles, PrintWriter out) {
        long interviews = articles.stream().filter(Article::interview).count();
        long failures = articles.stream().filter(a -> a.failure().isPresent()).count();
        long internal = articles.stream().filter(a -> a.internalErrors() > 0).count();
        out.printf(Locale.ROOT, "%d articles: %d read as interviews, %d exceptions, %d with INTERNAL_ERROR%n",
                articles.size(), interviews, failures, internal);
        articles.stream().filter(a -> a.failure().isPresent() || a.internalErrors() > 0)
                .forEach(a -> out.println("  FAILED " + a.path() + " " + a.failure().orElse("INTERNAL_ERROR")));
        Map<String, Integer> byLabel = new HashMap<>();
        articles.forEach(a -> a.labels().forEach(l -> byLabel.merge(l, 1, Integer::sum)));
        out.printf(Locale.ROOT, "labels accepted as speakers in %d or more articles:%n", minArticles);
        byLabel.entrySet().stream().filter(e -> e.getValue() >= minArticles)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf(Locale.ROOT, "%6d  %s%n", e.getValue(), e.getKey()));
    }

    /** One line per article read as an interview: path, then its speakers with turn counts. */
    public static void list(List<Article> articles, PrintWriter out) {
        articles.stream().filter(Article::interview).sorted(Comparator.comparing(Article::path))
                .forEach(a -> out.println(a.path() + "\t" + String.join(", ", a.speakers())));
    }

    /** What differs between the original and the renamed run: counts, then each article that changed verdict. */
    public static void compare(List<Article> original, List<Article> renamed, PrintWriter out) {
        long before = original.stream().filter(Article::interview).count();
        long after = renamed.stream().filter(Article::interview).count();
        out.printf(Locale.ROOT, "interviews: %d in the original corpus, %d with caption words renamed%n", before, after);
        for (int i = 0; i < original.size(); i++) {
            Article a = original.get(i);
            Article b = renamed.get(i);
            if (a.interview() != b.interview()) {
                out.println("  " + (b.interview() ? "GAINED " : "LOST   ") + a.path() + "  " + String.join(", ",
                        b.interview() ? b.speakers() : a.speakers()));
            }
        }
    }
}
