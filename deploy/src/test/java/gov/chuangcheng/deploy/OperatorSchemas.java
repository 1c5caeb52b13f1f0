package gov.chuangcheng.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields the CloudNativePG, Barman Cloud plugin and Keycloak operators document for their custom resources, for the
 * resources that have no Java model on Maven Central. Hand-written from the operators' API references
 * (cloudnative-pg.io/documentation/current/cloudnative-pg.v1, cloudnative-pg.io/plugin-barman-cloud (ObjectStore),
 * keycloak.org/operator (Keycloak and KeycloakRealmImport, API v2alpha1)); it lists the documented fields a
 * deployment of this kind plausibly uses, so a typo or a field of another version fails the build.
 * <p>
 * Patterns are dotted paths; {@code []} is a list element, {@code *} any one key, {@code **} (last) anything below.
 */
final class OperatorSchemas {

    private static final List<String> METADATA = List.of(
            "apiVersion", "kind", "metadata.name", "metadata.namespace", "metadata.labels.*", "metadata.annotations.*");

    private static final List<String> RESOURCES = List.of(
            "requests.cpu",
            "requests.memory",
            "limits.cpu",
            "limits.memory",
            "requests.ephemeral-storage",
            "limits.ephemeral-storage");

    static final Map<String, List<String>> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster",
                    with(
                            prefixed("spec.resources.", RESOURCES),
                            "spec.description",
                            "spec.imageName",
                            "spec.imagePullPolicy",
                            "spec.imageCatalogRef.**",
                            "spec.instances",
                            "spec.minSyncReplicas",
                            "spec.maxSyncReplicas",
                            "spec.primaryUpdateStrategy",
                            "spec.primaryUpdateMethod",
                            "spec.enableSuperuserAccess",
                            "spec.superuserSecret.name",
                            "spec.enablePDB",
                            "spec.logLevel",
                            "spec.startDelay",
                            "spec.stopDelay",
                            "spec.smartShutdownTimeout",
                            "spec.switchoverDelay",
                            "spec.failoverDelay",
                            "spec.inheritedMetadata.labels.*",
                            "spec.inheritedMetadata.annotations.*",
                            "spec.bootstrap.initdb.database",
                            "spec.bootstrap.initdb.owner",
                            "spec.bootstrap.initdb.secret.name",
                            "spec.bootstrap.initdb.encoding",
                            "spec.bootstrap.initdb.localeCollate",
                            "spec.bootstrap.initdb.localeCType",
                            "spec.bootstrap.initdb.locale",
                            "spec.bootstrap.initdb.dataChecksums",
                            "spec.bootstrap.initdb.postInitSQL[]",
                            "spec.bootstrap.initdb.postInitApplicationSQL[]",
                            "spec.bootstrap.initdb.postInitTemplateSQL[]",
                            "spec.bootstrap.recovery.source",
                            "spec.bootstrap.recovery.database",
                            "spec.bootstrap.recovery.owner",
                            "spec.bootstrap.recovery.backup.name",
                            "spec.bootstrap.recovery.recoveryTarget.**",
                            "spec.externalClusters[].name",
                            "spec.externalClusters[].plugin.name",
                            "spec.externalClusters[].plugin.parameters.*",
                            "spec.postgresql.parameters.*",
                            "spec.postgresql.pg_hba[]",
                            "spec.postgresql.pg_ident[]",
                            "spec.postgresql.shared_preload_libraries[]",
                            "spec.postgresql.synchronous.**",
                            "spec.storage.size",
                            "spec.storage.storageClass",
                            "spec.storage.resizeInUseVolumes",
                            "spec.walStorage.size",
                            "spec.walStorage.storageClass",
                            "spec.monitoring.enablePodMonitor",
                            "spec.monitoring.customQueriesConfigMap[].name",
                            "spec.monitoring.customQueriesConfigMap[].key",
                            "spec.affinity.enablePodAntiAffinity",
                            "spec.affinity.topologyKey",
                            "spec.affinity.podAntiAffinityType",
                            "spec.affinity.nodeSelector.*",
                            "spec.affinity.tolerations[].**",
                            "spec.topologySpreadConstraints[].**",
                            "spec.plugins[].name",
                            "spec.plugins[].enabled",
                            "spec.plugins[].isWALArchiver",
                            "spec.plugins[].parameters.*",
                            "spec.managed.roles[].**",
                            "spec.backup.volumeSnapshot.**",
                            "spec.backup.target",
                            "spec.certificates.**",
                            "spec.env[].**",
                            "spec.priorityClassName",
                            "spec.serviceAccountTemplate.**"),
            "postgresql.cnpg.io/v1/ScheduledBackup",
                    with(
                            List.of(),
                            "spec.schedule",
                            "spec.suspend",
                            "spec.immediate",
                            "spec.backupOwnerReference",
                            "spec.cluster.name",
                            "spec.target",
                            "spec.method",
                            "spec.online",
                            "spec.onlineConfiguration.**",
                            "spec.pluginConfiguration.name",
                            "spec.pluginConfiguration.parameters.*"),
            "barmancloud.cnpg.io/v1/ObjectStore",
                    with(
                            prefixed("spec.instanceSidecarConfiguration.resources.", RESOURCES),
                            "spec.retentionPolicy",
                            "spec.configuration.destinationPath",
                            "spec.configuration.endpointURL",
                            "spec.configuration.endpointCA.name",
                            "spec.configuration.endpointCA.key",
                            "spec.configuration.s3Credentials.accessKeyId.name",
                            "spec.configuration.s3Credentials.accessKeyId.key",
                            "spec.configuration.s3Credentials.secretAccessKey.name",
                            "spec.configuration.s3Credentials.secretAccessKey.key",
                            "spec.configuration.s3Credentials.region.name",
                            "spec.configuration.s3Credentials.region.key",
                            "spec.configuration.s3Credentials.sessionToken.name",
                            "spec.configuration.s3Credentials.sessionToken.key",
                            "spec.configuration.s3Credentials.inheritFromIAMRole",
                            "spec.configuration.azureCredentials.**",
                            "spec.configuration.googleCredentials.**",
                            "spec.configuration.wal.compression",
                            "spec.configuration.wal.encryption",
                            "spec.configuration.wal.maxParallel",
                            "spec.configuration.data.compression",
                            "spec.configuration.data.encryption",
                            "spec.configuration.data.jobs",
                            "spec.configuration.data.immediateCheckpoint",
                            "spec.configuration.tags.*",
                            "spec.configuration.historyTags.*",
                            "spec.instanceSidecarConfiguration.env[].**",
                            "spec.instanceSidecarConfiguration.retentionPolicyIntervalSeconds"),
            "k8s.keycloak.org/v2alpha1/Keycloak",
                    with(
                            prefixed("spec.resources.", RESOURCES),
                            "spec.instances",
                            "spec.image",
                            "spec.imagePullSecrets[].name",
                            "spec.startOptimized",
                            "spec.additionalOptions[].name",
                            "spec.additionalOptions[].value",
                            "spec.additionalOptions[].secret.name",
                            "spec.additionalOptions[].secret.key",
                            "spec.env[].name",
                            "spec.env[].value",
                            "spec.env[].secret.name",
                            "spec.env[].secret.key",
                            "spec.db.vendor",
                            "spec.db.host",
                            "spec.db.port",
                            "spec.db.database",
                            "spec.db.schema",
                            "spec.db.url",
                            "spec.db.usernameSecret.name",
                            "spec.db.usernameSecret.key",
                            "spec.db.passwordSecret.name",
                            "spec.db.passwordSecret.key",
                            "spec.db.poolInitialSize",
                            "spec.db.poolMinSize",
                            "spec.db.poolMaxSize",
                            "spec.http.httpEnabled",
                            "spec.http.httpPort",
                            "spec.http.httpsPort",
                            "spec.http.tlsSecret",
                            "spec.http.annotations.*",
                            "spec.http.labels.*",
                            "spec.hostname.hostname",
                            "spec.hostname.admin",
                            "spec.hostname.strict",
                            "spec.hostname.backchannelDynamic",
                            "spec.proxy.headers",
                            "spec.ingress.enabled",
                            "spec.ingress.className",
                            "spec.ingress.annotations.*",
                            "spec.ingress.labels.*",
                            "spec.ingress.tlsSecret",
                            "spec.features.enabled[]",
                            "spec.features.disabled[]",
                            "spec.transaction.xaEnabled",
                            "spec.httpManagement.port",
                            "spec.bootstrapAdmin.user.secret",
                            "spec.bootstrapAdmin.service.secret",
                            "spec.networkPolicy.**",
                            "spec.truststores.**",
                            "spec.cache.**",
                            "spec.scheduling.**",
                            "spec.tracing.**",
                            "spec.update.strategy",
                            "spec.unsupported.podTemplate.**",
                            "spec.livenessProbe.periodSeconds",
                            "spec.livenessProbe.failureThreshold",
                            "spec.readinessProbe.periodSeconds",
                            "spec.readinessProbe.failureThreshold",
                            "spec.startupProbe.periodSeconds",
                            "spec.startupProbe.failureThreshold",
                            "spec.serviceMonitor.**"),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
                    with(
                            prefixed("spec.resources.", RESOURCES),
                            // the realm is a RealmRepresentation; RealmImportTest derives it from the project's realm
                            // file
                            "spec.keycloakCRName",
                            "spec.realm.**",
                            "spec.placeholders.*.secret.name",
                            "spec.placeholders.*.secret.key"));

    private OperatorSchemas() {}

    static boolean known(String apiVersionAndKind) {
        return SCHEMAS.containsKey(apiVersionAndKind);
    }

    /** Paths of the object's leaves (scalars, empty maps and lists) that the operator's schema does not allow. */
    static List<String> unknownFields(String apiVersionAndKind, JsonNode object) {
        List<String> patterns = SCHEMAS.get(apiVersionAndKind);
        List<String> leaves = new ArrayList<>();
        leaves(object, "", leaves);
        List<String> unknown = new ArrayList<>();
        for (String leaf : leaves) {
            if (patterns.stream().noneMatch(p -> matches(p.replace("[]", ".[]"), leaf))) {
                unknown.add(leaf);
            }
        }
        return unknown;
    }

    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node.isObject() && node.size() > 0) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray() && node.size() > 0) {
            for (JsonNode element : node) {
                leaves(element, path + ".[]", out);
            }
        } else {
            out.add(path);
        }
    }

    static boolean matches(String pattern, String path) {
        // keys may contain dots (Kafka or PostgreSQL settings are not used here, labels are under a *)
        String[] p = pattern.split("\\.");
        String[] s = path.split("\\.");
        return matches(p, 0, s, 0);
    }

    private static boolean matches(String[] p, int i, String[] s, int j) {
        if (i == p.length) {
            return j == s.length;
        }
        if (p[i].equals("**")) {
            return true;
        }
        if (j == s.length) {
            return false;
        }
        if (p[i].equals("*")) {
            // a key with dots (an annotation such as prometheus.io/scrape) is one key: try every split
            for (int end = j + 1; end <= s.length; end++) {
                if (matches(p, i + 1, s, end)) {
                    return true;
                }
            }
            return false;
        }
        return p[i].equals(s[j]) && matches(p, i + 1, s, j + 1);
    }

    private static List<String> prefixed(String prefix, List<String> paths) {
        return paths.stream().map(p -> prefix + p).toList();
    }

    private static List<String> with(List<String> more, String... paths) {
        List<String> all = new ArrayList<>(METADATA);
        all.addAll(more);
        all.addAll(List.of(paths));
        return List.copyOf(all);
    }

    static Set<String> kinds() {
        return SCHEMAS.keySet();
    }
}
