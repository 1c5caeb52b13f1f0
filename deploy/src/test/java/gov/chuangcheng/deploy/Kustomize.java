package gov.chuangcheng.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of {@code kustomize build} (as in {@code kubectl apply -k}) that the overlays under {@code deploy/} use,
 * implemented faithfully so that the test checks what a cluster receives:
 * <ul>
 *   <li>{@code resources}: YAML files (several documents each) and directories with their own kustomization;</li>
 *   <li>{@code patches}: one strategic-merge patch per file, aimed either at the object of the patch's kind and name
 *       or, with {@code target: {kind}} (optionally {@code name}), at every object of that kind (the patch's own name
 *       is then ignored). Maps merge, {@code null} deletes a key; lists of built-in kinds merge by their Kubernetes
 *       patch merge key (containers, env and volumes by name, volumeMounts by mountPath, container ports by
 *       containerPort, Service ports by port, topologySpreadConstraints by topologyKey), every other list of a
 *       built-in kind is replaced; a list of a custom resource (no schema) merges by the first associative key its
 *       elements carry (mountPath, devicePath, ip, type, topologyKey, name, containerPort), as kyaml does, and is
 *       replaced otherwise;</li>
 *   <li>{@code replicas}: sets {@code spec.replicas} of the Deployment of that name;</li>
 *   <li>{@code images}: replaces name and tag of matching container images in pod templates;</li>
 *   <li>{@code namespace}: sets the namespace of every object.</li>
 * </ul>
 * Any other kustomization field, patch directive ({@code $patch}) or a patch or transformer that matches nothing
 * fails, so an overlay cannot silently rely on something this composition does not do.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> FIELDS =
            Set.of("apiVersion", "kind", "namespace", "resources", "patches", "replicas", "images");
    private static final Set<String> CLUSTER_SCOPED =
            Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");

    private Kustomize() {}

    /** The objects {@code kustomize build dir} produces, in order. */
    static List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(dir + " has no kustomization.yaml");
        }
        ObjectNode k = (ObjectNode) readAll(file).get(0);
        for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new AssertionError(file + ": kustomization field '" + field + "' is not supported by this test's "
                        + "composition; use resources, patches, replicas, images or namespace");
            }
        }
        require(
                file,
                "kustomize.config.k8s.io/v1beta1".equals(k.path("apiVersion").asText())
                        && "Kustomization".equals(k.path("kind").asText()),
                "apiVersion/kind of a Kustomization");

        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(build(p));
            } else {
                for (JsonNode doc : readAll(p)) {
                    objects.add((ObjectNode) doc);
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (ObjectNode o : objects) {
            require(file, ids.add(id(o)), "unique objects, but " + id(o) + " appears twice");
        }

        for (JsonNode p : k.path("patches")) {
            require(file, p.has("path") && !p.has("patch"), "patches with a path");
            List<JsonNode> docs = readAll(dir.resolve(p.get("path").asText()));
            require(
                    file,
                    docs.size() == 1,
                    "one patch per file in " + p.get("path").asText());
            ObjectNode patch = (ObjectNode) docs.get(0);
            List<ObjectNode> targets = new ArrayList<>();
            if (p.has("target")) {
                JsonNode t = p.get("target");
                for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    require(file, f.equals("kind") || f.equals("name"), "patch target by kind and name only");
                }
                for (ObjectNode o : objects) {
                    if (o.path("kind").asText().equals(t.path("kind").asText())
                            && (!t.has("name") || name(o).equals(t.get("name").asText()))) {
                        targets.add(o);
                    }
                }
                patch = patch.deepCopy();
                ((ObjectNode) patch.get("metadata")).remove("name");
            } else {
                for (ObjectNode o : objects) {
                    if (o.path("kind").asText().equals(patch.path("kind").asText()) && name(o).equals(name(patch))) {
                        targets.add(o);
                    }
                }
                require(
                        file,
                        targets.size() <= 1,
                        "one target of " + p.get("path").asText());
            }
            require(
                    file,
                    !targets.isEmpty(),
                    "a target for patch " + p.get("path").asText());
            for (ObjectNode target : targets) {
                require(
                        file,
                        group(target).equals(group(patch)),
                        "patch " + p.get("path").asText() + " in the API group of " + id(target));
                ObjectNode body = patch.deepCopy();
                body.remove("apiVersion");
                body.remove("kind");
                merge(target, body, builtIn(target), "");
            }
        }

        String namespace = k.path("namespace").asText(null);
        if (namespace != null) {
            for (ObjectNode o : objects) {
                if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    ((ObjectNode) o.with("metadata")).put("namespace", namespace);
                }
            }
        }

        for (JsonNode image : k.path("images")) {
            String name = image.path("name").asText();
            int replaced = 0;
            for (ObjectNode o : objects) {
                if (!WORKLOADS.contains(o.path("kind").asText())) {
                    continue;
                }
                for (String list : List.of("containers", "initContainers")) {
                    for (JsonNode c :
                            o.path("spec").path("template").path("spec").path(list)) {
                        String current = c.path("image").asText();
                        String[] nameAndTag = splitImage(current);
                        if (nameAndTag[0].equals(name)) {
                            String newName = image.path("newName").asText(nameAndTag[0]);
                            String newTag =
                                    image.has("newTag") ? image.get("newTag").asText() : nameAndTag[1];
                            String digest = image.path("digest").asText(null);
                            ((ObjectNode) c)
                                    .put(
                                            "image",
                                            digest != null
                                                    ? newName + "@" + digest
                                                    : newTag == null ? newName : newName + ":" + newTag);
                            replaced++;
                        }
                    }
                }
            }
            require(file, replaced > 0, "a container image named " + name);
        }

        for (JsonNode r : k.path("replicas")) {
            int replaced = 0;
            for (ObjectNode o : objects) {
                if (WORKLOADS.contains(o.path("kind").asText())
                        && name(o).equals(r.path("name").asText())) {
                    ((ObjectNode) o.get("spec")).put("replicas", r.path("count").asInt());
                    replaced++;
                }
            }
            require(file, replaced > 0, "a workload named " + r.path("name").asText() + " for replicas");
        }
        return objects;
    }

    /** Strategic merge of patch into target (in place). */
    static void merge(ObjectNode target, ObjectNode patch, boolean builtIn, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.startsWith("$")) {
                throw new AssertionError("patch directive " + key + " is not supported");
            }
            String childPath = path + "." + key;
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, builtIn, childPath);
            } else if (value.isArray()
                    && current != null
                    && current.isArray()
                    && builtIn
                    && mergeKey(childPath) != null) {
                mergeList((ArrayNode) current, (ArrayNode) value, mergeKey(childPath), childPath);
            } else if (value.isArray()
                    && current != null
                    && current.isArray()
                    && !builtIn
                    && associativeKey((ArrayNode) value) != null) {
                mergeList((ArrayNode) current, (ArrayNode) value, associativeKey((ArrayNode) value), childPath);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String key, String path) {
        for (JsonNode element : patch) {
            if (!element.has(key)) {
                throw new AssertionError("element of " + path + " without its merge key " + key);
            }
            ObjectNode match = null;
            for (JsonNode c : current) {
                if (c.path(key).equals(element.get(key))) {
                    match = (ObjectNode) c;
                }
            }
            if (match == null) {
                current.add(element.deepCopy());
            } else {
                merge(match, (ObjectNode) element, true, path + "[]");
            }
        }
    }

    /** The patchMergeKey of the Kubernetes API for the lists the overlays may patch; null means replace. */
    static String mergeKey(String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        return switch (field) {
            case "containers", "initContainers", "env", "volumes", "imagePullSecrets" -> "name";
            case "volumeMounts" -> "mountPath";
            case "topologySpreadConstraints" -> "topologyKey";
            case "ports" ->
                path.endsWith("containers[].ports") || path.endsWith("initContainers[].ports")
                        ? "containerPort"
                        : path.equals(".spec.ports") ? "port" : null;
            default -> null;
        };
    }

    /**
     * kustomize (kyaml) merges a list of a resource without schema by the first of these keys its elements carry,
     * and replaces it otherwise.
     */
    static String associativeKey(ArrayNode list) {
        for (JsonNode element : list) {
            if (element.isObject()) {
                for (String key :
                        List.of("mountPath", "devicePath", "ip", "type", "topologyKey", "name", "containerPort")) {
                    if (element.has(key)) {
                        return key;
                    }
                }
            }
        }
        return null;
    }

    static boolean builtIn(JsonNode o) {
        String g = group(o);
        return g.isEmpty() || !g.contains(".") || g.endsWith(".k8s.io");
    }

    static String group(JsonNode o) {
        String apiVersion = o.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + name(o);
    }

    /** [name, tag or null]; a digest stays part of the name. */
    static String[] splitImage(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (image.contains("@") || colon <= slash) {
            return new String[] {image, null};
        }
        return new String[] {image.substring(0, colon), image.substring(colon + 1)};
    }

    static List<JsonNode> readAll(Path file) {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            for (Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    if (!doc.isObject()) {
                        throw new AssertionError(file + ": a document that is not a mapping");
                    }
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static void require(Path file, boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(file + ": expected " + what);
        }
    }
}
