package gov.chuangcheng.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration keys that the services' {@code @ConfigMapping} interfaces declare, read from their sources: a
 * setting whose default lives in {@code @WithDefault} appears in no {@code application.properties}, and is a key the
 * services read all the same. Each method of a mapping is its prefix and the method's name in kebab case; a method
 * returning an interface declared in the same file is a group of keys below that name. Maps (keys chosen by the
 * operator, such as a standard code) are left out.
 */
final class ConfigMappingKeys {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface (\\w+)\\s*\\{");
    private static final Pattern METHOD = Pattern.compile("(?m)^\\s*([\\w<>, ?.]+?)\\s+(\\w+)\\(\\);");

    private ConfigMappingKeys() {}

    /** The keys of every mapping in {@code src/main/java} of {@code modules} below {@code root}. */
    static Set<String> of(Path root, List<String> modules) {
        Set<String> keys = new TreeSet<>();
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> keys.addAll(keysOf(read(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    static Set<String> keysOf(String source) {
        Matcher mapping = MAPPING.matcher(source);
        if (!mapping.find()) {
            return Set.of();
        }
        Map<String, String> bodies = interfaceBodies(source);
        Matcher top = INTERFACE.matcher(source);
        if (!top.find(mapping.end())) {
            return Set.of();
        }
        Set<String> keys = new TreeSet<>();
        collect(mapping.group(1), bodies.get(top.group(1)), bodies, keys);
        return keys;
    }

    private static void collect(String prefix, String body, Map<String, String> bodies, Set<String> keys) {
        Matcher m = METHOD.matcher(body);
        while (m.find()) {
            String type = m.group(1).replaceAll("^Optional<(.*)>$", "$1");
            String key = prefix + "." + kebab(m.group(2));
            if (type.startsWith("Map<")) {
                continue;
            }
            if (bodies.containsKey(type)) {
                collect(key, bodies.get(type), bodies, keys);
            } else {
                keys.add(key);
            }
        }
    }

    /** Each interface's own body, without the bodies of the interfaces nested in it. */
    private static Map<String, String> interfaceBodies(String source) {
        Map<String, String> bodies = new HashMap<>();
        Matcher i = INTERFACE.matcher(source);
        while (i.find()) {
            StringBuilder own = new StringBuilder();
            int depth = 1;
            for (int p = i.end(); p < source.length() && depth > 0; p++) {
                char c = source.charAt(p);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (depth == 1) {
                    own.append(c);
                }
            }
            bodies.put(i.group(1), own.toString());
        }
        return bodies;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
