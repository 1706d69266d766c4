package dev.interviewkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published public API, written down: every module of ours, what it requires transitively and
 * exports, and every public type of its exported packages with its public and protected members,
 * compared with the committed listing {@code api/public-api.txt}. An API change, meant or not, is
 * then a visible diff in review (the version policy in the README says what a change means for
 * the version). Until a released version exists to compare binaries against (japicmp), this is
 * the guard.
 *
 * <p>After a deliberate change, rewrite the listing and commit it with the change:
 * {@code mvn -B -ntp verify -Dapi.update=true -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PublicApiTest {

    /** Where the listing lives, from this module's folder. */
    private static final Path LISTING = Path.of("..", "api", "public-api.txt");
    private static final String OUR_MODULES = "dev.interviewkit.";

    @Test
    void thePublicApiIsTheCommittedListing() throws IOException {
        String current = listing();
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(LISTING.getParent());
            Files.writeString(LISTING, current, StandardCharsets.UTF_8);
        }
        assertThat(LISTING).as("the committed API listing").exists();
        assertThat(current)
                .as("the public API differs from %s; if the change is meant, rewrite the listing with"
                        + " -Dapi.update=true (see this test's Javadoc) and commit it", LISTING)
                .isEqualTo(Files.readString(LISTING, StandardCharsets.UTF_8));
    }

    @Test
    void everyPublishedLibraryModuleIsListed() throws IOException {
        assertThat(modules().keySet()).containsExactly("dev.interviewkit.batch", "dev.interviewkit.export",
                "dev.interviewkit.icu", "dev.interviewkit.model", "dev.interviewkit.parser");
    }

    @Test
    void noInternalPackageIsExportedToEveryone() throws IOException {
        for (OurModule module : modules().values()) {
            module.descriptor().exports().stream()
                    .filter(export -> !export.isQualified())
                    .forEach(export -> assertThat(export.source()).as(module.descriptor().name()).doesNotContain(".internal"));
        }
    }

    // ------------------------------------------------------------------ the listing

    private static String listing() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# The public API of interview-kit's published modules (PublicApiTest writes and checks it).\n");
        for (OurModule module : modules().values()) {
            ModuleDescriptor descriptor = module.descriptor();
            out.append("\nmodule ").append(descriptor.name()).append('\n');
            descriptor.requires().stream()
                    .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                    .map(r -> "  requires transitive " + r.name())
                    .sorted()
                    .forEach(line -> out.append(line).append('\n'));
            descriptor.exports().stream()
                    .map(e -> "  exports " + e.source() + (e.isQualified() ? " to " + String.join(", ", new TreeSet<>(e.targets())) : ""))
                    .sorted()
                    .forEach(line -> out.append(line).append('\n'));
            for (String pkg : new TreeSet<>(descriptor.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).toList())) {
                for (Class<?> type : publicTypes(module.moduleInfo(), pkg)) {
                    out.append('\n').append(typeLine(type)).append('\n');
                    members(type).forEach(member -> out.append("  ").append(member).append('\n'));
                }
            }
        }
        return out.toString();
    }

    private static String typeLine(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
        int modifiers = type.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT | Modifier.INTERFACE : 0);
        StringBuilder line = new StringBuilder(Modifier.toString(modifiers)).append(' ').append(kind).append(' ')
                .append(type.getTypeName());
        if (type.isSealed()) {
            line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getTypeName)
                    .sorted().collect(Collectors.joining(", ")));
        }
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            line.append(" extends ").append(superclass.getTypeName());
        }
        List<String> interfaces = Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName).sorted().toList();
        if (!interfaces.isEmpty()) {
            line.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        return line.toString();
    }

    /**
     * The public members, and the protected ones a subclass could use, each once. Methods come
     * from {@link Class#getMethods()}, so that what a public class inherits from a package-private
     * one (Immutables' builders) is listed; where a bridge and a real method share a signature,
     * the real one is kept.
     */
    private static List<String> members(Class<?> type) {
        TreeSet<String> lines = new TreeSet<>();
        Map<String, Method> bySignature = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class) {
                continue;
            }
            String signature = method.getName() + Arrays.toString(method.getParameterTypes());
            Method seen = bySignature.get(signature);
            if (seen == null || seen.isBridge() && !method.isBridge()) {
                bySignature.put(signature, method);
            }
        }
        bySignature.values().forEach(method -> lines.add(memberLine(method)));
        boolean extendable = !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord();
        for (Method method : type.getDeclaredMethods()) {
            if (extendable && Modifier.isProtected(method.getModifiers()) && !method.isSynthetic()) {
                lines.add(memberLine(method));
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            int modifiers = constructor.getModifiers();
            if (Modifier.isPublic(modifiers) || extendable && Modifier.isProtected(modifiers)) {
                lines.add(memberLine(constructor));
            }
        }
        for (Field field : type.getFields()) {
            lines.add(field.toGenericString().replace(type.getTypeName() + ".", ""));
        }
        return new ArrayList<>(lines);
    }

    private static String memberLine(Executable member) {
        // The declaring type's name before each member adds nothing once the member stands under it.
        String text = member.toGenericString();
        String owner = member.getDeclaringClass().getTypeName() + ".";
        int name = text.indexOf(owner + ((Member) member).getName() + "(");
        if (member instanceof Constructor<?>) {
            name = text.indexOf(member.getDeclaringClass().getTypeName() + "(");
            return name < 0 ? text : text.substring(0, name) + "new" + text.substring(name + owner.length() - 1);
        }
        return name < 0 ? text : text.substring(0, name) + text.substring(name + owner.length());
    }

    // ------------------------------------------------------------------ finding our modules and types

    /** One of our modules on the class path: where its {@code module-info.class} is, and what it says. */
    private record OurModule(URL moduleInfo, ModuleDescriptor descriptor) {}

    /** Our modules on the class path, by name. */
    private static Map<String, OurModule> modules() throws IOException {
        Map<String, OurModule> found = new TreeMap<>();
        for (URL url : Collections.list(PublicApiTest.class.getClassLoader().getResources("module-info.class"))) {
            ModuleDescriptor descriptor = read(url);
            if (descriptor.name().startsWith(OUR_MODULES)) {
                found.put(descriptor.name(), new OurModule(url, descriptor));
            }
        }
        return found;
    }

    private static ModuleDescriptor read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return ModuleDescriptor.read(in);
        }
    }

    /** The public top-level and nested types of {@code pkg} in the module whose descriptor is at {@code moduleInfo}. */
    private static List<Class<?>> publicTypes(URL moduleInfo, String pkg) throws IOException {
        List<String> classNames = new ArrayList<>();
        URI root = URI.create(moduleInfo.toString().replaceFirst("module-info\\.class$", ""));
        if ("jar".equals(root.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
                classNames.addAll(classesIn(jar.getPath("/" + pkg.replace('.', '/')), pkg));
            }
        } else {
            classNames.addAll(classesIn(Path.of(root).resolve(pkg.replace('.', '/')), pkg));
        }
        List<Class<?>> types = new ArrayList<>();
        for (String className : new TreeSet<>(classNames)) {
            try {
                Class<?> type = Class.forName(className, false, PublicApiTest.class.getClassLoader());
                if (isVisible(type)) {
                    types.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("listed but not loadable: " + className, e);
            }
        }
        return types;
    }

    private static List<String> classesIn(Path folder, String pkg) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".class") && !file.equals("package-info.class"))
                    .map(file -> pkg + "." + file.substring(0, file.length() - ".class".length()))
                    .toList();
        }
    }

    /** Public, and every type it is nested in public too: a user can name it. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }
}
