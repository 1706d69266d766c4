package dev.interviewkit.export.internal.text;

import dev.interviewkit.export.WordSegmenter;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@link WordSegmenter} installed on the class or module path, found once with
 * {@link ServiceLoader}: adding {@code interview-icu} to an application is enough to use it. When
 * several are installed the one whose class name sorts first wins, so that the choice does not
 * depend on class-path order; one that fails to load is passed over, and with none the layout
 * keeps its built-in word list.
 */
public final class InstalledWordSegmenter {

    private InstalledWordSegmenter() {}

    /** The installed segmenter, if any. */
    public static Optional<WordSegmenter> find() {
        return Holder.INSTALLED;
    }

    // Looked up on first use, not when the export module loads: only subtitle layout asks.
    private static final class Holder {
        private static final int MAX_FAILURES = 8;
        static final Optional<WordSegmenter> INSTALLED = load();

        private static Optional<WordSegmenter> load() {
            Iterator<WordSegmenter> providers = ServiceLoader.load(WordSegmenter.class,
                    InstalledWordSegmenter.class.getClassLoader()).iterator();
            WordSegmenter first = null;
            // ServiceLoader moves past a failing provider only on a best effort: give up after a few.
            for (int failures = 0; failures < MAX_FAILURES; ) {
                try {
                    if (!providers.hasNext()) {
                        return Optional.ofNullable(first);
                    }
                    WordSegmenter next = providers.next();
                    if (first == null || next.getClass().getName().compareTo(first.getClass().getName()) < 0) {
                        first = next;
                    }
                } catch (ServiceConfigurationError e) {
                    failures++; // a provider that cannot be loaded is passed over
                }
            }
            return Optional.ofNullable(first);
        }
    }
}
