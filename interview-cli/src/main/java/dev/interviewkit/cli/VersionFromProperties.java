package dev.interviewkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version for {@code --version}, from {@code version.properties}, which the build fills in. */
public final class VersionFromProperties implements IVersionProvider {

    /** Used by picocli. */
    public VersionFromProperties() {}

    @Override
    public String[] getVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionFromProperties.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"interview " + properties.getProperty("version", "(unknown version)")};
    }
}
