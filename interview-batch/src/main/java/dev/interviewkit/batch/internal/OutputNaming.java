package dev.interviewkit.batch.internal;

import dev.interviewkit.batch.BatchInput;
import dev.interviewkit.batch.OutputCollision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names every input's outputs so that no two inputs write one file. An output is the input's
 * relative path under the output folder with the source extension replaced by the format's
 * suffix ({@code gzh/x.md} → {@code out/gzh/x.json}). Where two inputs would write one file, the
 * rule is: (1) those inputs keep their source extension in the stem ({@code x.md.json},
 * {@code x.html.json}); (2) if that still collides (the same relative path from two folder
 * arguments), the later input in input order gets {@code ~2}, {@code ~3}, … after its stem
 * ({@code x.md~2.json}). Names are compared ignoring case, as macOS and Windows file systems do.
 */
public final class OutputNaming {

    private final Path outputDirectory;
    private final List<String> suffixes;

    /** Naming into {@code outputDirectory} for formats with these file name {@code suffixes}. */
    public OutputNaming(Path outputDirectory, List<String> suffixes) {
        this.outputDirectory = outputDirectory;
        this.suffixes = List.copyOf(suffixes);
    }

    /** The named inputs, in the order found, and the collisions the rule resolved. */
    public Named name(List<FoundInput> inputs) {
        int count = inputs.size();
        List<Path> bases = new ArrayList<>(count);
        for (FoundInput input : inputs) {
            bases.add(base(input, withoutExtension(input.relativePath().getFileName().toString())));
        }
        Map<String, Claim> claims = claims(bases);
        boolean[] keepExtension = new boolean[count];
        Map<List<Integer>, Path> collisions = new LinkedHashMap<>();
        for (Claim claim : claims.values()) {
            if (claim.claimants().size() > 1) {
                claim.claimants().forEach(index -> keepExtension[index] = true);
                collisions.putIfAbsent(claim.claimants(), claim.output());
            }
        }
        List<Path> resolved = new ArrayList<>(count);
        Map<String, Integer> takenBy = new HashMap<>();
        for (int index = 0; index < count; index++) {
            FoundInput input = inputs.get(index);
            String stem = keepExtension[index] ? input.relativePath().getFileName().toString() : bases.get(index).getFileName().toString();
            Path base = base(input, stem);
            for (int n = 2; taken(base, takenBy) >= 0; n++) {
                collisions.putIfAbsent(List.of(taken(base, takenBy), index), Path.of(base + suffixes.get(0)));
                base = base(input, stem + "~" + n);
            }
            for (String key : keys(base)) {
                takenBy.put(key, index);
            }
            resolved.add(base);
        }
        List<BatchInput> named = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            FoundInput input = inputs.get(index);
            named.add(new BatchInput(input.source(), input.relativePath(), resolved.get(index),
                    !resolved.get(index).equals(bases.get(index))));
        }
        List<OutputCollision> found = new ArrayList<>();
        collisions.forEach((claimants, output) -> found.add(new OutputCollision(output,
                claimants.stream().map(index -> inputs.get(index).source()).toList(),
                claimants.stream().map(resolved::get).toList())));
        return new Named(named, found);
    }

    /** Inputs named, and the collisions resolved. */
    public record Named(List<BatchInput> inputs, List<OutputCollision> collisions) {}

    private Path base(FoundInput input, String stem) {
        Path folder = input.relativePath().getParent();
        return (folder == null ? outputDirectory : outputDirectory.resolve(folder)).resolve(stem);
    }

    /** The inputs that would write one output, and that output as the first of them names it. */
    private record Claim(Path output, List<Integer> claimants) {}

    private Map<String, Claim> claims(List<Path> bases) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (int index = 0; index < bases.size(); index++) {
            for (String suffix : suffixes) {
                Path output = Path.of(bases.get(index) + suffix);
                List<Integer> claimants = claims.computeIfAbsent(key(output), k -> new Claim(output, new ArrayList<>())).claimants();
                if (!claimants.contains(index)) {
                    claimants.add(index);
                }
            }
        }
        return claims;
    }

    /** The index of the input that took one of {@code base}'s outputs, or -1. */
    private int taken(Path base, Map<String, Integer> takenBy) {
        for (String key : keys(base)) {
            Integer earlier = takenBy.get(key);
            if (earlier != null) {
                return earlier;
            }
        }
        return -1;
    }

    private List<String> keys(Path base) {
        return suffixes.stream().map(suffix -> key(Path.of(base + suffix))).toList();
    }

    private static String key(Path output) {
        return output.toString().toLowerCase(Locale.ROOT);
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
