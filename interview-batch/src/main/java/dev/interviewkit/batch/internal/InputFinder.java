package dev.interviewkit.batch.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the arguments of a batch into the files to convert: a file argument as it is (even when it
 * is missing, so that its failure is reported), a folder's files with one of the input extensions,
 * recursively and sorted by relative path, leaving out the output folder when it lies inside.
 */
public final class InputFinder {

    private final Set<String> extensions;
    private final Path outputDirectory;

    /** A finder for files ending with one of {@code extensions} (lower case, without the dot), writing to {@code outputDirectory}. */
    public InputFinder(Set<String> extensions, Path outputDirectory) {
        this.extensions = Set.copyOf(extensions);
        this.outputDirectory = canonical(outputDirectory);
    }

    /**
     * The files to convert, in argument order, each once.
     *
     * @throws IllegalArgumentException if a folder argument is the output folder, whose outputs
     *     (canonical Markdown among them) would be read as inputs on the next run
     */
    public List<FoundInput> find(List<Path> arguments) {
        List<FoundInput> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path argument : arguments) {
            List<FoundInput> files = Files.isDirectory(argument) ? inFolder(argument) : List.of(asFile(argument));
            for (FoundInput file : files) {
                if (seen.add(canonical(file.source()))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static FoundInput asFile(Path file) {
        Path name = file.getFileName();
        return new FoundInput(file, name == null ? file : name);
    }

    private List<FoundInput> inFolder(Path root) {
        if (canonical(root).equals(outputDirectory)) {
            throw new IllegalArgumentException("the output folder " + root + " is also an input folder");
        }
        List<FoundInput> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return canonical(folder).equals(outputDirectory) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isInput(file)) {
                        found.add(new FoundInput(file, root.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    // An unreadable folder or file is kept as an input, so that its failure is reported, not lost.
                    found.add(new FoundInput(file, root.relativize(file)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // The visitor never throws and the root exists, so only the root itself can fail here.
            found.add(new FoundInput(root, root.getFileName() == null ? root : root.getFileName()));
        }
        found.sort(Comparator.comparing(input -> input.relativePath().toString()));
        return found;
    }

    private boolean isInput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1));
    }

    private static Path canonical(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
