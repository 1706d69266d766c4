package dev.interviewkit.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The wild corpus as {@code ../shared/tools/wild-corpus.sh} unpacks it: a folder whose {@code LIST}
 * names every article, one path a line. Third-party data, never committed: whatever reads it says
 * so plainly when it is absent.
 *
 * @param root the folder that holds {@code LIST}
 */
public record WildCorpus(Path root) {

    /** The environment variable that may name the folder. */
    public static final String ENVIRONMENT_VARIABLE = "INTERVIEW_KIT_WILD";

    /**
     * The corpus where the user keeps it: {@code explicit} if given, else the folder named by
     * {@value #ENVIRONMENT_VARIABLE}, else a folder {@code wild} beside the project or one of the
     * folders above the working directory.
     */
    public static Optional<WildCorpus> locate(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return Optional.of(new WildCorpus(explicit.get())).filter(WildCorpus::exists);
        }
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(new WildCorpus(Path.of(fromEnvironment))).filter(WildCorpus::exists);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            WildCorpus candidate = new WildCorpus(dir.resolve("wild"));
            if (candidate.exists()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether the folder holds a {@code LIST}. */
    public boolean exists() {
        return Files.isRegularFile(root.resolve("LIST"));
    }

    /** Every article's path, as {@code LIST} gives them. */
    public List<String> paths() throws IOException {
        return Files.readAllLines(root.resolve("LIST"), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** The bytes of the article at {@code path}. */
    public byte[] read(String path) throws IOException {
        return Files.readAllBytes(root.resolve(path));
    }

    /** The bytes of the article at {@code path}, after checking that it is the version the sample drew. */
    public byte[] read(String path, String sha256) throws IOException {
        byte[] bytes = read(path);
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new IOException(path + ": another version of the article (SHA-256 " + actual + ", the sample drew " + sha256 + ")");
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
