package gov.chuangcheng.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/events.md} and the code of this module in step: the same topics, the same event types on the same
 * topics, and for every payload and shared structure the same fields in the same order.
 */
class EventCatalogDocumentTest {

    private static final Pattern TOPIC_HEADING = Pattern.compile("^## Topic `([^`]+)`");
    private static final Pattern EVENT_HEADING = Pattern.compile("^### `([^`]+)`");
    private static final Pattern STRUCTURE_HEADING = Pattern.compile("^### Structure `([^`]+)`");
    private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([A-Za-z0-9]+)` \\|");

    /** topic → event types documented under it, in order */
    private static final Map<String, List<String>> documentedTopics = new LinkedHashMap<>();
    /** event type or structure name → documented field names, in order */
    private static final Map<String, List<String>> documentedFields = new LinkedHashMap<>();

    private static final Set<String> documentedStructures = new LinkedHashSet<>();
    /** enum simple name → documented constants, from the "## Enumerations" section */
    private static final Map<String, List<String>> documentedEnums = new LinkedHashMap<>();

    private static final Pattern ENUM_HEADING = Pattern.compile("^### ([A-Za-z]+)\\s*$");
    private static final Pattern ENUM_ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|");

    @BeforeAll
    static void parseCatalogue() throws IOException {
        Path doc = Path.of("..", "docs", "events.md");
        String currentTopic = null;
        String currentSection = null;
        boolean inEnumerations = false;
        String currentEnum = null;
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            Matcher m;
            if (line.startsWith("## ")) {
                inEnumerations = line.equals("## Enumerations");
                currentEnum = null;
            }
            if (inEnumerations) {
                if ((m = ENUM_HEADING.matcher(line)).find()) {
                    currentEnum = m.group(1);
                    documentedEnums.put(currentEnum, new ArrayList<>());
                } else if (currentEnum != null && (m = ENUM_ROW.matcher(line)).find()) {
                    documentedEnums.get(currentEnum).add(m.group(1));
                }
                continue;
            }
            if ((m = TOPIC_HEADING.matcher(line)).find()) {
                currentTopic = m.group(1);
                documentedTopics.put(currentTopic, new ArrayList<>());
                currentSection = null;
            } else if ((m = STRUCTURE_HEADING.matcher(line)).find()) {
                currentSection = m.group(1);
                documentedStructures.add(currentSection);
                documentedFields.put(currentSection, new ArrayList<>());
            } else if ((m = EVENT_HEADING.matcher(line)).find()) {
                currentSection = m.group(1);
                documentedTopics.get(currentTopic).add(currentSection);
                documentedFields.put(currentSection, new ArrayList<>());
            } else if (line.startsWith("## ")) {
                currentTopic = null;
                currentSection = null;
            } else if (currentSection != null && (m = FIELD_ROW.matcher(line)).find()) {
                documentedFields.get(currentSection).add(m.group(1));
            }
        }
    }

    @Test
    void documentListsEveryTopicOfTheCode() {
        Set<String> inCode =
                Arrays.stream(Topic.values()).map(Topic::wireName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inCode, new TreeSet<>(documentedTopics.keySet()));
    }

    @Test
    void documentListsEveryEventTypeOnItsTopic() {
        for (Topic topic : Topic.values()) {
            List<String> inCode =
                    EventCatalog.onTopic(topic).stream().map(EventType::name).toList();
            assertEquals(inCode, documentedTopics.get(topic.wireName()), "event types on " + topic.wireName());
        }
    }

    @Test
    void everyPayloadFieldIsDocumentedInOrder() {
        for (EventType<?> type : EventCatalog.all()) {
            assertEquals(
                    componentNames(type.payloadType()),
                    documentedFields.get(type.name()),
                    "fields of " + type.name() + " (" + type.payloadType().getSimpleName() + ")");
        }
    }

    @Test
    void everySharedStructureIsDocumentedInOrder() {
        Set<Class<?>> structures = new LinkedHashSet<>();
        EventCatalog.all().forEach(t -> collectNestedRecords(t.payloadType(), structures));
        Set<String> names =
                structures.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names, new TreeSet<>(documentedStructures), "structures used inside payloads");
        for (Class<?> s : structures) {
            assertEquals(componentNames(s), documentedFields.get(s.getSimpleName()), "fields of " + s.getSimpleName());
        }
    }

    @Test
    void everyEnumInThePayloadsIsDocumentedWithAllItsValues() {
        Set<Class<?>> records = new LinkedHashSet<>();
        EventCatalog.all().forEach(t -> {
            records.add(t.payloadType());
            collectNestedRecords(t.payloadType(), records);
        });
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (Class<?> r : records) {
            for (RecordComponent c : r.getRecordComponents()) {
                if (c.getType().isEnum()) {
                    enums.add(c.getType());
                }
            }
        }
        Set<String> undocumented = enums.stream()
                .map(Class::getSimpleName)
                .filter(n -> !documentedEnums.containsKey(n))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), undocumented, "enums used in payloads but not documented");
        for (Class<?> e : enums) {
            List<String> constants = Arrays.stream(e.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
            assertEquals(constants, documentedEnums.get(e.getSimpleName()), "values of " + e.getSimpleName());
        }
    }

    /**
     * Code lists that travel as strings (e.g. {@code PointType} codes in {@code StandardUpserted.pointTypes}) are
     * documented under Enumerations too: every documented enum must be an enum of this module with exactly the
     * documented values.
     */
    @Test
    void everyDocumentedEnumExistsWithExactlyItsValues() {
        Set<String> packages = new TreeSet<>();
        packages.add(EventCatalog.class.getPackageName());
        EventCatalog.all().forEach(t -> packages.add(t.payloadType().getPackageName()));
        for (Map.Entry<String, List<String>> documented : documentedEnums.entrySet()) {
            Class<?> e = packages.stream()
                    .map(p -> load(p + "." + documented.getKey()))
                    .filter(c -> c != null && c.isEnum())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "documented enum " + documented.getKey() + " is not an enum of the events module"));
            List<String> constants = Arrays.stream(e.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
            assertEquals(constants, documented.getValue(), "values of " + e.getSimpleName());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    @Test
    void typeNamesAreUniqueAndVersioned() {
        List<String> names = EventCatalog.all().stream().map(EventType::name).toList();
        assertEquals(names.size(), new LinkedHashSet<>(names).size(), "duplicate type names");
        names.forEach(n -> assertTrue(n.matches(".*\\.v[0-9]+$"), n));
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static void collectNestedRecords(Class<?> record, Set<Class<?>> found) {
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> candidate = c.getType();
            Type generic = c.getGenericType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                candidate = element;
            }
            if (candidate.isRecord() && found.add(candidate)) {
                collectNestedRecords(candidate, found);
            }
        }
    }
}
