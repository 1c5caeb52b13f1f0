package gov.chuangcheng.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.chuangcheng.events.Topic;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code kubectl apply -k deploy/overlays/dev} and {@code .../prod} send to a cluster, composed like kustomize
 * ({@link Kustomize}), read into the fabric8 Kubernetes model and Strimzi's model (no field may end up in an
 * {@code additionalProperties} map, at any depth) or checked against the CloudNativePG and Keycloak operators'
 * documented fields ({@link OperatorSchemas}); and the project's invariants: every Deployment is probed, limited,
 * non-root with a read-only root filesystem and fenced by a NetworkPolicy; every topic of the catalogue (and its .dlq
 * twin) has a KafkaTopic with the catalogue's partitions and retention, and nothing else has one; every service's
 * Kafka ACLs are exactly what docs/events.md says it produces and consumes; every Secret a manifest refers to is
 * documented in docs/operations.md; every environment variable is the MicroProfile Config name of a key the services
 * read.
 */
class DeployManifestsTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES =
            List.of("task-service", "inspection-service", "accountability-service", "notification-service");

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Writes every property, also the ones the models leave out when they hold their default. */
    private static final ObjectMapper WRITE_ALL = new ObjectMapper()
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public JsonInclude.Value findPropertyInclusion(Annotated a) {
                    return JsonInclude.Value.empty();
                }
            });

    /** apiVersion/kind → model class. A kind neither here nor in {@link OperatorSchemas} fails. */
    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/PersistentVolumeClaim", io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    static Overlay dev;
    static Overlay prod;
    static String eventsDoc;
    static String operationsDoc;

    @BeforeAll
    static void compose() throws IOException {
        dev = Overlay.of("dev");
        prod = Overlay.of("prod");
        eventsDoc = Files.readString(ROOT.resolve("docs/events.md"));
        operationsDoc = Files.readString(ROOT.resolve("docs/operations.md"));
    }

    // ------------------------------------------------------------------------------------------------ the models

    @Test
    void everyClaimADeploymentMountsIsPartOfTheOverlay() {
        for (Overlay overlay : List.of(dev, prod)) {
            java.util.Set<String> claims = new java.util.HashSet<>();
            overlay.all(io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class)
                    .forEach(c -> claims.add(c.getMetadata().getName()));
            for (Deployment d : overlay.all(Deployment.class)) {
                d.getSpec().getTemplate().getSpec().getVolumes().stream()
                        .filter(v -> v.getPersistentVolumeClaim() != null)
                        .forEach(v -> assertTrue(
                                claims.contains(v.getPersistentVolumeClaim().getClaimName()),
                                overlay.name + ": " + d.getMetadata().getName() + " mounts the missing claim "
                                        + v.getPersistentVolumeClaim().getClaimName()));
            }
        }
    }

    @Test
    void everyObjectFitsItsModelWithoutUnknownFields() {
        for (Overlay overlay : List.of(dev, prod)) {
            for (ObjectNode o : overlay.raw) {
                String type =
                        o.path("apiVersion").asText() + "/" + o.path("kind").asText();
                String where = overlay.name + ": " + Kustomize.id(o);
                if (MODELS.containsKey(type)) {
                    Object typed = overlay.typed.get(o);
                    List<String> unknown = new ArrayList<>();
                    additionalProperties(typed, Kustomize.id(o), unknown, new IdentityHashMap<>());
                    assertEquals(List.of(), unknown, where + ": fields the model does not know");
                    // every value of the manifest survives the model (none silently dropped or coerced); the model
                    // may add its defaults
                    List<String> lost = new ArrayList<>();
                    ObjectNode read = WRITE_ALL.valueToTree(typed);
                    read.put("apiVersion", o.path("apiVersion").asText()); // Strimzi's model writes its default
                    lost(withoutNulls(o), withoutNulls(read), "", lost);
                    assertEquals(List.of(), lost, where + ": values the model does not read back");
                } else if (OperatorSchemas.known(type)) {
                    assertEquals(
                            List.of(),
                            OperatorSchemas.unknownFields(type, o),
                            where + ": fields the operator's schema does not document");
                } else {
                    fail(where + ": unknown kind " + type);
                }
                assertFalse(o.path("metadata").path("namespace").asText().isEmpty(), where + ": namespace");
            }
        }
    }

    @Test
    void unknownFieldsAreDetected() {
        ObjectNode unknown = (ObjectNode)
                Kustomize.readAll(ROOT.resolve("deploy/base/kafka/kafka.yaml")).get(0);
        ((ObjectNode) unknown.at("/spec/kafka")).put("replicaz", 3);
        ((ObjectNode) unknown.at("/spec/kafka")).put("replicas", 3); // in the Java model, but not in API v1
        Kafka kafka = MAPPER.convertValue(unknown, Kafka.class);
        List<String> found = new ArrayList<>();
        additionalProperties(kafka, "Kafka", found, new IdentityHashMap<>());
        assertEquals(
                Set.of("Kafka.spec.kafka.replicaz", "Kafka.spec.kafka.replicas (deprecated, not in API v1)"),
                Set.copyOf(found),
                "unknown and deprecated fields are found");
        ObjectNode cluster = Kustomize.YAML.createObjectNode();
        cluster.putObject("spec").putObject("bootstrap").putObject("initdb").put("databse", "x");
        assertEquals(
                List.of("spec.bootstrap.initdb.databse"),
                OperatorSchemas.unknownFields("postgresql.cnpg.io/v1/Cluster", cluster));
    }

    // ------------------------------------------------------------------------------------------------ Deployments

    @Test
    void everyDeploymentIsProbedLimitedNonRootAndReadOnly() {
        for (Overlay overlay : List.of(dev, prod)) {
            List<Deployment> deployments = overlay.all(Deployment.class);
            assertEquals(new TreeSet<>(SERVICES), names(deployments), overlay.name + ": one Deployment per service");
            for (Deployment d : deployments) {
                String where = overlay.name + ": Deployment " + d.getMetadata().getName();
                PodSpec pod = d.getSpec().getTemplate().getSpec();
                assertTrue(Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot()), where + " runAsNonRoot");
                assertNotNull(pod.getSecurityContext().getRunAsUser(), where + " runAsUser");
                assertTrue(pod.getSecurityContext().getRunAsUser() > 0, where + " runAsUser is not root");
                assertNotNull(pod.getTerminationGracePeriodSeconds(), where + " terminationGracePeriodSeconds");
                assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), where + " no API token");
                Map<String, String> annotations =
                        d.getSpec().getTemplate().getMetadata().getAnnotations();
                assertEquals("true", annotations.get("prometheus.io/scrape"), where + " scraped");
                assertEquals("/q/metrics", annotations.get("prometheus.io/path"), where + " metrics path");
                assertEquals("8080", annotations.get("prometheus.io/port"), where + " metrics port");
                assertEquals(1, pod.getContainers().size(), where + " one container");
                Container c = pod.getContainers().get(0);
                probe(where + " startup", c.getStartupProbe(), "/q/health/started");
                probe(where + " liveness", c.getLivenessProbe(), "/q/health/live");
                probe(where + " readiness", c.getReadinessProbe(), "/q/health/ready");
                for (String r : List.of("cpu", "memory")) {
                    assertNotNull(c.getResources().getRequests().get(r), where + " requests " + r);
                    assertNotNull(c.getResources().getLimits().get(r), where + " limits " + r);
                    assertTrue(
                            Quantity.getAmountInBytes(c.getResources()
                                                    .getRequests()
                                                    .get(r))
                                            .compareTo(Quantity.getAmountInBytes(
                                                    c.getResources().getLimits().get(r)))
                                    <= 0,
                            where + " request " + r + " within the limit");
                }
                assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), where + " read-only /");
                assertEquals(
                        Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), where + " no escalation");
                assertTrue(c.getSecurityContext().getCapabilities().getDrop().contains("ALL"), where + " drops ALL");
                String tmpVolume = c.getVolumeMounts().stream()
                        .filter(m -> m.getMountPath().equals("/tmp"))
                        .map(m -> m.getName())
                        .findFirst()
                        .orElse(null);
                assertNotNull(tmpVolume, where + " mounts a writable /tmp");
                Volume tmp = pod.getVolumes().stream()
                        .filter(v -> v.getName().equals(tmpVolume))
                        .findFirst()
                        .orElseThrow();
                assertNotNull(tmp.getEmptyDir(), where + " /tmp is an emptyDir");
                assertTrue(c.getPorts().stream().anyMatch(p -> p.getContainerPort() == 8080), where + " port 8080");

                Map<String, String> env = overlay.environment(d);
                assertEquals("0.0.0.0", env.get("QUARKUS_HTTP_HOST"), where + " listens on all interfaces");
                assertEquals("8080", env.get("QUARKUS_HTTP_PORT"), where + " on 8080");
                String shutdown = env.get("QUARKUS_SHUTDOWN_TIMEOUT");
                assertNotNull(shutdown, where + " graceful shutdown timeout");
                assertTrue(
                        Integer.parseInt(shutdown.replace("s", "")) + 5 <= pod.getTerminationGracePeriodSeconds(),
                        where + " shutdown timeout well within terminationGracePeriodSeconds");
                for (String key : List.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "QUARKUS_DATASOURCE_USERNAME",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "QUARKUS_OIDC_AUTH_SERVER_URL",
                        "QUARKUS_OIDC_CREDENTIALS_SECRET",
                        "KAFKA_SASL_JAAS_CONFIG")) {
                    assertTrue(env.containsKey(key), where + " sets " + key);
                }

                String image = c.getImage();
                assertTrue(
                        image.matches(".+/chuangcheng/" + d.getMetadata().getName()
                                + "(:[0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)?|@sha256:[0-9a-f]{64})"),
                        where + " image " + image + " has an immutable tag (a release version or a digest)");
                assertFalse(image.endsWith(":latest") || image.contains("SNAPSHOT"), where + " image tag " + image);
            }
        }
    }

    @Test
    void credentialsComeFromSecretsAndNoSecretIsCommitted() {
        for (Overlay overlay : List.of(dev, prod)) {
            for (ObjectNode o : overlay.raw) {
                assertFalse(
                        o.path("kind").asText().equals("Secret"),
                        overlay.name + ": no Secret object is committed: " + Kustomize.id(o));
            }
            for (Deployment d : overlay.all(Deployment.class)) {
                for (EnvVar e : d.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getEnv()) {
                    if (e.getName().matches(".*(PASSWORD|SECRET|JAAS|CERTIFICATES).*")) {
                        assertNotNull(e.getValueFrom(), e.getName() + " comes from a Secret");
                        assertNotNull(e.getValueFrom().getSecretKeyRef(), e.getName() + " comes from a Secret");
                    }
                }
            }
            for (ConfigMap cm : overlay.all(ConfigMap.class)) {
                for (String key : cm.getData().keySet()) {
                    assertFalse(
                            key.matches(".*(PASSWORD|SECRET|JAAS).*"),
                            overlay.name + ": ConfigMap " + cm.getMetadata().getName() + " holds " + key);
                }
            }
        }
    }

    @Test
    void everyReferencedSecretIsDocumented() {
        Set<String> secrets = new TreeSet<>();
        for (Overlay overlay : List.of(dev, prod)) {
            for (ObjectNode o : overlay.raw) {
                secretReferences(o, "", secrets);
            }
        }
        assertTrue(
                secrets.containsAll(Set.of(
                        "cc-oidc-api",
                        "cc-api-tls",
                        "cc-task-db-app",
                        "task-service",
                        "cc-kafka-cluster-ca-cert",
                        "cc-keycloak-admin",
                        "cc-backup-s3",
                        "cc-keycloak-dev-users")),
                "the references are found: " + secrets);
        List<String> undocumented = secrets.stream()
                .filter(s -> !operationsDoc.contains("`" + s + "`"))
                .toList();
        assertEquals(List.of(), undocumented, "Secrets referenced by deploy/ but not documented in docs/operations.md");
    }

    @Test
    void everyEnvironmentVariableIsAConfigKeyTheServicesRead() throws IOException {
        Set<String> keys = new TreeSet<>();
        keys.addAll(propertyKeys(ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
        for (String service : SERVICES) {
            keys.addAll(propertyKeys(ROOT.resolve(service + "/src/main/resources/application.properties")));
        }
        // settings whose default is a mapping's @WithDefault stand in no properties file
        List<String> modules = new ArrayList<>(SERVICES);
        modules.add("platform");
        keys.addAll(ConfigMappingKeys.of(ROOT, modules));
        // keys the services read that have no default in a properties file: Quarkus shutdown, the Kafka client's
        // security settings (every kafka.* key goes to every Kafka client), the mail relay's credentials
        keys.addAll(List.of(
                "quarkus.shutdown.timeout",
                "kafka.security.protocol",
                "kafka.sasl.mechanism",
                "kafka.sasl.jaas.config",
                "kafka.ssl.truststore.type",
                "kafka.ssl.truststore.certificates",
                "quarkus.mailer.username",
                "quarkus.mailer.password"));
        Set<String> envNames = keys.stream()
                .map(k -> k.replaceAll("[^A-Za-z0-9]", "_").toUpperCase())
                .collect(Collectors.toSet());
        for (Overlay overlay : List.of(dev, prod)) {
            for (Deployment d : overlay.all(Deployment.class)) {
                for (String name : overlay.environment(d).keySet()) {
                    assertTrue(
                            envNames.contains(name),
                            overlay.name + ": " + d.getMetadata().getName() + " sets " + name
                                    + ", which is no MicroProfile Config env name of a key the services read");
                }
            }
        }
    }

    @Test
    void everyServiceUsesItsOwnDatabaseAndItsNetworkPolicyAllowsJustThat() throws IOException {
        for (Overlay overlay : List.of(dev, prod)) {
            Map<String, String> databaseOfCluster = new TreeMap<>();
            for (ObjectNode o : overlay.raw) {
                if (o.path("kind").asText().equals("Cluster")) {
                    databaseOfCluster.put(
                            Kustomize.name(o),
                            o.at("/spec/bootstrap/initdb/database").asText());
                }
            }
            for (Deployment d : overlay.all(Deployment.class)) {
                String service = d.getMetadata().getName();
                String where = overlay.name + ": " + service;
                Map<String, String> env = overlay.environment(d);
                Matcher url = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z_]+)")
                        .matcher(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
                assertTrue(url.matches(), where + " JDBC URL points at a CloudNativePG rw service");
                String cluster = url.group(1);
                assertEquals(databaseOfCluster.get(cluster), url.group(2), where + " database of cluster " + cluster);
                Properties own = new Properties();
                own.load(new StringReader(
                        Files.readString(ROOT.resolve(service + "/src/main/resources/application.properties"))));
                assertTrue(
                        own.getProperty("quarkus.datasource.jdbc.url").endsWith("/" + url.group(2)),
                        where + " uses the database its application.properties names");
                PodSpec pod = d.getSpec().getTemplate().getSpec();
                EnvVar user = pod.getContainers().get(0).getEnv().stream()
                        .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_USERNAME"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(
                        cluster + "-app",
                        user.getValueFrom().getSecretKeyRef().getName(),
                        where + " logs in with its cluster's application credentials");

                List<NetworkPolicy> policies = overlay.all(NetworkPolicy.class).stream()
                        .filter(p -> service.equals(
                                p.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name")))
                        .toList();
                assertEquals(1, policies.size(), where + " has one NetworkPolicy");
                NetworkPolicy policy = policies.get(0);
                assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes(), where + " both ways");
                assertEquals(
                        Set.of(8080),
                        policy.getSpec().getIngress().stream()
                                .flatMap(r -> r.getPorts().stream())
                                .map(p -> p.getPort().getIntVal())
                                .collect(Collectors.toSet()),
                        where + " ingress only 8080");
                Set<String> egressTo = new TreeSet<>();
                for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                    for (NetworkPolicyPeer peer : rule.getTo()) {
                        if (peer.getIpBlock() != null) {
                            egressTo.add("ipBlock");
                        } else {
                            egressTo.add(String.valueOf(peer.getPodSelector().getMatchLabels()));
                        }
                    }
                }
                Set<String> expected = new TreeSet<>(Set.of(
                        "{k8s-app=kube-dns}",
                        "{strimzi.io/cluster=cc-kafka, strimzi.io/kind=Kafka}",
                        "{cnpg.io/cluster=" + cluster + "}",
                        "{app=keycloak, app.kubernetes.io/instance=cc-keycloak}"));
                if (service.equals("notification-service")) {
                    expected.add("ipBlock"); // SMTP and webhooks
                }
                assertEquals(expected, egressTo, where + " egress: DNS, Kafka, its own PostgreSQL, Keycloak");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ Kafka

    @Test
    void everyCatalogueTopicHasAKafkaTopicAndNothingElseHasOne() {
        Map<String, Integer> partitions = documentedPartitions();
        for (Overlay overlay : List.of(dev, prod)) {
            Map<String, KafkaTopic> topics = new TreeMap<>();
            for (KafkaTopic t : overlay.all(KafkaTopic.class)) {
                topics.put(t.getSpec().getTopicName(), t);
                assertEquals("cc-kafka", t.getMetadata().getLabels().get("strimzi.io/cluster"));
            }
            Set<String> expected = new TreeSet<>();
            for (Topic topic : Topic.values()) {
                expected.add(topic.wireName());
                expected.add(topic.deadLetterName());
            }
            assertEquals(expected, topics.keySet(), overlay.name + ": KafkaTopics = the catalogue and its .dlq twins");
            int replicas = overlay == prod ? 3 : 1;
            for (Topic topic : Topic.values()) {
                KafkaTopic t = topics.get(topic.wireName());
                String where = overlay.name + ": " + topic.wireName();
                assertEquals(partitions.get(topic.wireName()), t.getSpec().getPartitions(), where + " partitions");
                assertEquals(replicas, t.getSpec().getReplicas(), where + " replicas");
                assertEquals(
                        replicas == 3 ? 2 : 1,
                        number(t.getSpec().getConfig().get("min.insync.replicas")),
                        where + " min.insync.replicas");
                assertEquals(
                        topic.compacted() ? "compact" : "delete",
                        t.getSpec().getConfig().get("cleanup.policy"),
                        where + " cleanup.policy");
                if (!topic.compacted()) {
                    assertEquals(
                            documentedRetentionDays(topic.wireName()) * 86_400_000L,
                            number(t.getSpec().getConfig().get("retention.ms")),
                            where + " retention.ms");
                }
                KafkaTopic dlq = topics.get(topic.deadLetterName());
                assertEquals(1, dlq.getSpec().getPartitions(), where + ".dlq one partition");
                assertEquals(replicas, dlq.getSpec().getReplicas(), where + ".dlq replicas");
                assertEquals("delete", dlq.getSpec().getConfig().get("cleanup.policy"), where + ".dlq never compacted");
                assertEquals(
                        30 * 86_400_000L,
                        number(dlq.getSpec().getConfig().get("retention.ms")),
                        where + ".dlq 30 days");
            }
        }
    }

    @Test
    void kafkaRunsInKraftModeWithNodePools() {
        for (Overlay overlay : List.of(dev, prod)) {
            Kafka kafka = overlay.one(Kafka.class, "cc-kafka");
            assertEquals(null, kafka.getSpec().getKafka().getReplicas(), "replicas belong to the node pools");
            assertEquals(null, kafka.getSpec().getKafka().getStorage(), "storage belongs to the node pools");
            assertEquals("simple", kafka.getSpec().getKafka().getAuthorization().getType(), "ACLs are enforced");
            assertEquals(
                    "false",
                    String.valueOf(kafka.getSpec().getKafka().getConfig().get("auto.create.topics.enable")));
            int controllers = 0;
            int brokers = 0;
            for (KafkaNodePool pool : overlay.all(KafkaNodePool.class)) {
                assertEquals("cc-kafka", pool.getMetadata().getLabels().get("strimzi.io/cluster"));
                if (pool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER)) {
                    controllers += pool.getSpec().getReplicas();
                }
                if (pool.getSpec().getRoles().contains(ProcessRoles.BROKER)) {
                    brokers += pool.getSpec().getReplicas();
                }
            }
            int rf = overlay == prod ? 3 : 1;
            assertEquals(rf, controllers, overlay.name + ": KRaft controllers");
            assertEquals(rf, brokers, overlay.name + ": brokers");
            Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
            for (String key : List.of(
                    "default.replication.factor",
                    "offsets.topic.replication.factor",
                    "transaction.state.log.replication.factor")) {
                assertEquals(rf, number(config.get(key)), overlay.name + ": " + key);
            }
            assertEquals(overlay == prod ? 2 : 1, number(config.get("min.insync.replicas")));
        }
    }

    @Test
    void servicesReachKafkaAndKeycloakByTheNamesTheOperatorsGive() {
        for (Overlay overlay : List.of(dev, prod)) {
            Kafka kafka = overlay.one(Kafka.class, "cc-kafka");
            var listener = kafka.getSpec().getKafka().getListeners().get(0);
            assertEquals(1, kafka.getSpec().getKafka().getListeners().size(), "one listener");
            assertTrue(listener.isTls(), "TLS listener");
            assertEquals("scram-sha-512", listener.getAuth().getType(), "SCRAM listener");
            ObjectNode keycloak = overlay.raw.stream()
                    .filter(o -> o.path("kind").asText().equals("Keycloak"))
                    .findFirst()
                    .orElseThrow();
            for (Deployment d : overlay.all(Deployment.class)) {
                String where = overlay.name + ": " + d.getMetadata().getName();
                Map<String, String> env = overlay.environment(d);
                // Strimzi: <cluster>-kafka-bootstrap, CA in <cluster>-cluster-ca-cert
                assertEquals(
                        "cc-kafka-kafka-bootstrap:" + listener.getPort(), env.get("KAFKA_BOOTSTRAP_SERVERS"), where);
                assertEquals("SASL_SSL", env.get("KAFKA_SECURITY_PROTOCOL"), where);
                assertEquals("SCRAM-SHA-512", env.get("KAFKA_SASL_MECHANISM"), where);
                EnvVar ca = d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                        .filter(e -> e.getName().equals("KAFKA_SSL_TRUSTSTORE_CERTIFICATES"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(
                        "cc-kafka-cluster-ca-cert",
                        ca.getValueFrom().getSecretKeyRef().getName(),
                        where);
                EnvVar jaas = d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                        .filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(
                        d.getMetadata().getName(),
                        jaas.getValueFrom().getSecretKeyRef().getName(),
                        where + " authenticates as its own KafkaUser");
                // Keycloak Operator: <name>-service, the HTTP port
                assertEquals(
                        "http://" + Kustomize.name(keycloak) + "-service:"
                                + keycloak.at("/spec/http/httpPort").asInt(8080) + "/realms/chuangcheng",
                        env.get("QUARKUS_OIDC_AUTH_SERVER_URL"),
                        where);
                assertTrue(keycloak.at("/spec/http/httpEnabled").asBoolean(), "Keycloak serves HTTP in the cluster");
                NetworkPolicy policy =
                        overlay.one(NetworkPolicy.class, d.getMetadata().getName());
                assertTrue(
                        policy.getSpec().getEgress().stream()
                                .anyMatch(r -> r.getPorts().stream()
                                        .anyMatch(p -> p.getPort().getIntVal() == listener.getPort())),
                        where + " egress to Kafka");
            }
        }
    }

    @Test
    void everyServiceMayReadAndWriteOnlyItsTopics() {
        Map<String, Set<String>> expected = expectedAcls();
        for (Overlay overlay : List.of(dev, prod)) {
            List<KafkaUser> users = overlay.all(KafkaUser.class);
            assertEquals(new TreeSet<>(SERVICES), names(users), overlay.name + ": one KafkaUser per service");
            for (KafkaUser user : users) {
                String service = user.getMetadata().getName();
                assertTrue(
                        user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication,
                        service + " authenticates with SCRAM-SHA-512");
                Set<String> actual = new TreeSet<>();
                for (AclRule rule :
                        ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                    String resource;
                    if (rule.getResource() instanceof AclRuleTopicResource t) {
                        assertEquals(
                                "literal", String.valueOf(t.getPatternType()).toLowerCase(), "literal names");
                        resource = "topic:" + t.getName();
                    } else if (rule.getResource() instanceof AclRuleGroupResource g) {
                        assertEquals(
                                "literal", String.valueOf(g.getPatternType()).toLowerCase(), "literal names");
                        resource = "group:" + g.getName();
                    } else {
                        throw new AssertionError(service + ": ACL on " + rule.getResource());
                    }
                    assertTrue(rule.getHost() == null || rule.getHost().equals("*"), "any host");
                    assertTrue(rule.getType() == null
                            || String.valueOf(rule.getType()).equalsIgnoreCase("allow"));
                    for (Object op : rule.getOperations()) {
                        actual.add(resource + ":" + MAPPER.convertValue(op, String.class));
                    }
                }
                assertEquals(
                        expected.get(service),
                        actual,
                        overlay.name + ": ACLs of " + service
                                + " (docs/events.md: writes what it produces, reads what it consumes and cc.directory.v1 "
                                + "with group = its name, writes the .dlq of what it consumes)");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ overlays

    @Test
    void prodHasSeveralReplicasDisruptionBudgetsAndAutoscalers() {
        for (Deployment d : prod.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            int replicas = d.getSpec().getReplicas();
            assertTrue(replicas >= 3, "prod " + name + " has several replicas");
            PodDisruptionBudget pdb = prod.one(PodDisruptionBudget.class, name);
            assertEquals(
                    d.getSpec().getSelector().getMatchLabels(),
                    pdb.getSpec().getSelector().getMatchLabels(),
                    "PDB " + name + " selects the Deployment's pods");
            assertTrue(pdb.getSpec().getMinAvailable().getIntVal() < replicas, "PDB " + name + " lets a node drain");
            HorizontalPodAutoscaler hpa = prod.one(HorizontalPodAutoscaler.class, name);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(name, hpa.getSpec().getScaleTargetRef().getName());
            assertEquals(replicas, hpa.getSpec().getMinReplicas(), "HPA " + name + " starts at the replicas");
            assertTrue(hpa.getSpec().getMaxReplicas() > replicas, "HPA " + name + " can scale out");
            assertEquals(
                    2,
                    d.getSpec()
                            .getTemplate()
                            .getSpec()
                            .getTopologySpreadConstraints()
                            .size(),
                    name + " spreads over zones and nodes");
            Ingress ingress = prod.one(Ingress.class, name);
            assertEquals("nginx", ingress.getSpec().getIngressClassName(), "the NetworkPolicies admit ingress-nginx");
            var backend = ingress.getSpec()
                    .getRules()
                    .get(0)
                    .getHttp()
                    .getPaths()
                    .get(0)
                    .getBackend()
                    .getService();
            assertEquals(name, backend.getName(), "Ingress " + name + " routes to its Service");
            Service service = prod.one(Service.class, name);
            assertTrue(
                    service.getSpec().getPorts().stream()
                            .anyMatch(p -> p.getName().equals(backend.getPort().getName()) && p.getPort() == 8080),
                    "Ingress " + name + " uses the Service's http port");
            assertFalse(ingress.getSpec().getTls().isEmpty(), "Ingress " + name + " terminates TLS");
        }
        for (ObjectNode o : prod.raw) {
            if (o.path("kind").asText().equals("Cluster")) {
                assertEquals(3, o.at("/spec/instances").asInt(), Kustomize.id(o) + " has a primary and 2 replicas");
                assertEquals(
                        "cc-backups",
                        o.at("/spec/plugins/0/parameters/barmanObjectName").asText(),
                        Kustomize.id(o) + " archives WAL");
                assertTrue(
                        prod.raw.stream()
                                .anyMatch(b -> b.path("kind").asText().equals("ScheduledBackup")
                                        && b.at("/spec/cluster/name").asText().equals(Kustomize.name(o))),
                        Kustomize.id(o) + " has a ScheduledBackup");
            }
        }
        assertTrue(prod.raw.stream()
                .allMatch(o -> o.at("/metadata/namespace").asText().equals("chuangcheng")));
    }

    @Test
    void devHasOneOfEverythingAndSmallResources() {
        for (Deployment d : dev.all(Deployment.class)) {
            assertEquals(1, d.getSpec().getReplicas(), "dev " + d.getMetadata().getName());
            Quantity memory = d.getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0)
                    .getResources()
                    .getLimits()
                    .get("memory");
            assertTrue(Quantity.getAmountInBytes(memory).longValue() <= 512L * 1024 * 1024, "dev memory limit");
        }
        assertTrue(dev.all(PodDisruptionBudget.class).isEmpty(), "no PDB for single replicas");
        assertTrue(dev.all(HorizontalPodAutoscaler.class).isEmpty(), "no HPA in dev");
        for (ObjectNode o : dev.raw) {
            if (o.path("kind").asText().equals("Cluster")) {
                assertEquals(1, o.at("/spec/instances").asInt(), Kustomize.id(o));
            }
        }
        assertTrue(dev.raw.stream()
                .allMatch(o -> o.at("/metadata/namespace").asText().equals("chuangcheng-dev")));
    }

    @Test
    void seedUsersAreOnlyInDev() {
        ObjectNode prodImport = prod.raw.stream()
                .filter(o -> o.path("kind").asText().equals("KeycloakRealmImport"))
                .findFirst()
                .orElseThrow();
        ObjectNode devImport = dev.raw.stream()
                .filter(o -> o.path("kind").asText().equals("KeycloakRealmImport"))
                .findFirst()
                .orElseThrow();
        for (JsonNode user : prodImport.at("/spec/realm/users")) {
            assertTrue(
                    user.has("serviceAccountClientId"), "prod has service accounts only, not " + user.get("username"));
        }
        assertTrue(
                devImport.at("/spec/realm/users").size()
                        > prodImport.at("/spec/realm/users").size(),
                "dev has the seed users");
        assertTrue(devImport.at("/spec/placeholders").has(RealmImportTest.DEV_PASSWORD_PLACEHOLDER));
        assertEquals(
                prodImport.at("/spec/placeholders/CC_CLIENT_SECRET_API"),
                devImport.at("/spec/placeholders/CC_CLIENT_SECRET_API"),
                "dev keeps the client-secret placeholders");
        // the API's client secret in Keycloak is the one the services present
        for (Deployment d : prod.all(Deployment.class)) {
            EnvVar secret = d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .filter(e -> e.getName().equals("QUARKUS_OIDC_CREDENTIALS_SECRET"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    prodImport
                            .at("/spec/placeholders/CC_CLIENT_SECRET_API/secret/name")
                            .asText(),
                    secret.getValueFrom().getSecretKeyRef().getName());
            assertEquals(
                    prodImport
                            .at("/spec/placeholders/CC_CLIENT_SECRET_API/secret/key")
                            .asText(),
                    secret.getValueFrom().getSecretKeyRef().getKey());
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** What docs/events.md says: service → {topic:NAME:Op, group:NAME:Read}. */
    static Map<String, Set<String>> expectedAcls() {
        Map<String, Set<String>> acls = new TreeMap<>();
        for (String service : SERVICES) {
            Set<String> s = new TreeSet<>();
            s.add("group:" + service + ":Read");
            acls.put(service, s);
        }
        Pattern row = Pattern.compile(
                "^\\| `(cc\\.[a-z]+\\.v[0-9]+)` \\|[^|\n]*\\|[^|\n]*\\|([^|\n]*)\\|([^|\n]*)\\|[^|\n]*\\|$",
                Pattern.MULTILINE);
        Matcher m = row.matcher(eventsDoc);
        int rows = 0;
        while (m.find()) {
            rows++;
            String topic = m.group(1);
            Set<String> consumers = services(m.group(3));
            if (topic.equals(Topic.DIRECTORY.wireName())) {
                consumers.addAll(SERVICES); // every service keeps the unit directory (platform directory/)
            }
            for (String producer : services(m.group(2))) {
                acls.get(producer).addAll(List.of("topic:" + topic + ":Write", "topic:" + topic + ":Describe"));
            }
            for (String consumer : consumers) {
                acls.get(consumer)
                        .addAll(List.of(
                                "topic:" + topic + ":Read",
                                "topic:" + topic + ":Describe",
                                "topic:" + topic + ".dlq:Write",
                                "topic:" + topic + ".dlq:Describe"));
            }
        }
        assertEquals(Topic.values().length, rows, "docs/events.md overview has one row per topic");
        return acls;
    }

    private static Set<String> services(String cell) {
        Set<String> s = new TreeSet<>();
        Matcher m = Pattern.compile("[a-z]+-service").matcher(cell);
        while (m.find()) {
            assertTrue(SERVICES.contains(m.group()), "known service " + m.group());
            s.add(m.group());
        }
        return s;
    }

    static Map<String, Integer> documentedPartitions() {
        Map<String, Integer> partitions = new TreeMap<>();
        for (Topic topic : Topic.values()) {
            Matcher m = Pattern.compile("- Partitions: ([0-9]+)").matcher(section(topic.wireName()));
            assertTrue(m.find(), "docs/events.md gives the partitions of " + topic.wireName());
            partitions.put(topic.wireName(), Integer.parseInt(m.group(1)));
        }
        return partitions;
    }

    static long documentedRetentionDays(String topic) {
        Matcher m =
                Pattern.compile("- Cleanup: `delete`, retention ([0-9]+) days").matcher(section(topic));
        assertTrue(m.find(), "docs/events.md gives the retention of " + topic);
        return Long.parseLong(m.group(1));
    }

    private static String section(String topic) {
        int start = eventsDoc.indexOf("## Topic `" + topic + "`");
        assertTrue(start >= 0, "docs/events.md has a section for " + topic);
        int end = eventsDoc.indexOf("\n## ", start + 1);
        return eventsDoc.substring(start, end < 0 ? eventsDoc.length() : end);
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(o));
    }

    private static void probe(String where, Probe probe, String path) {
        assertNotNull(probe, where + " probe");
        assertNotNull(probe.getHttpGet(), where + " probe is an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), where + " probe path");
        String port = probe.getHttpGet().getPort().getStrVal() != null
                ? probe.getHttpGet().getPort().getStrVal()
                : String.valueOf(probe.getHttpGet().getPort().getIntVal());
        assertTrue(port.equals("http") || port.equals("8080"), where + " probe port");
    }

    private static Set<String> propertyKeys(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file)));
        Set<String> keys = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        return keys;
    }

    /** Names of Secrets referenced anywhere: secretKeyRef, secretRef, secret volumes and the operators' fields. */
    private static void secretReferences(JsonNode node, String field, Set<String> out) {
        if (node.isObject()) {
            switch (field) {
                case "secretKeyRef",
                        "secretRef",
                        "usernameSecret",
                        "passwordSecret",
                        "accessKeyId",
                        "secretAccessKey",
                        "region",
                        "sessionToken",
                        "endpointCA",
                        "superuserSecret" -> out.add(node.path("name").asText());
                case "tls" -> {
                    if (node.has("secretName")) {
                        out.add(node.get("secretName").asText()); // an Ingress certificate
                    }
                }
                case "secret" -> {
                    if (node.has("secretName")) {
                        out.add(node.get("secretName").asText()); // a volume
                    } else if (node.has("name")) {
                        out.add(node.get("name").asText()); // realm-import placeholder, Keycloak option
                    }
                }
                default -> {}
            }
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("secret")
                        && e.getValue().isTextual()
                        && (field.equals("user") || field.equals("service"))) {
                    out.add(e.getValue().asText()); // Keycloak bootstrapAdmin.user.secret / .service.secret
                }
                secretReferences(e.getValue(), e.getKey(), out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> secretReferences(n, field, out));
        }
    }

    /** Finds non-empty additionalProperties maps at any depth of a fabric8 or Strimzi model object. */
    static void additionalProperties(Object o, String path, List<String> found, IdentityHashMap<Object, Boolean> seen) {
        if (o == null
                || o instanceof String
                || o instanceof Number
                || o instanceof Boolean
                || o instanceof Enum<?>
                || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> additionalProperties(v, path + "." + k, found, seen));
            return;
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                additionalProperties(element, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        String pkg = o.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) {
            return;
        }
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object value;
                try {
                    value = f.get(o);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
                if (f.getName().equals("additionalProperties") && value instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(k -> found.add(path + "." + k));
                } else if (value != null
                        && !(value instanceof Collection<?> l && l.isEmpty())
                        && pkg.startsWith("io.strimzi")
                        && deprecated(c, f)) {
                    // Strimzi's model still carries the v1beta2 fields that API v1 dropped; they are @Deprecated
                    found.add(path + "." + f.getName() + " (deprecated, not in API v1)");
                } else {
                    additionalProperties(value, path + "." + f.getName(), found, seen);
                }
            }
        }
    }

    private static void lost(JsonNode expected, JsonNode actual, String path, List<String> out) {
        if (expected.isObject()) {
            expected.fields().forEachRemaining(e -> {
                JsonNode a = actual == null ? null : actual.get(e.getKey());
                if (a == null) {
                    out.add(path + "." + e.getKey());
                } else {
                    lost(e.getValue(), a, path + "." + e.getKey(), out);
                }
            });
        } else if (expected.isArray()) {
            if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
                out.add(path + "[]");
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                lost(expected.get(i), actual.get(i), path + "[" + i + "]", out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + " = " + expected + " but read " + actual);
        }
    }

    private static boolean deprecated(Class<?> type, Field field) {
        if (field.isAnnotationPresent(Deprecated.class)) {
            return true;
        }
        String suffix = Character.toUpperCase(field.getName().charAt(0))
                + field.getName().substring(1);
        for (String getter : List.of("get" + suffix, "is" + suffix)) {
            try {
                if (type.getMethod(getter).isAnnotationPresent(Deprecated.class)) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // no such getter
            }
        }
        return false;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = MAPPER.createObjectNode();
            node.fields().forEachRemaining(e -> {
                JsonNode v = withoutNulls(e.getValue());
                boolean empty = (v.isObject() || v.isArray()) && v.isEmpty();
                if (!v.isNull() && !empty) {
                    copy.set(e.getKey(), v);
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = MAPPER.createArrayNode();
            node.forEach(n -> copy.add(withoutNulls(n)));
            return copy;
        }
        // numbers and booleans may be written as strings in Kafka's config maps: compare their text
        return node.isValueNode() ? MAPPER.getNodeFactory().textNode(node.asText()) : node;
    }

    private static Set<String> names(List<? extends HasMetadata> objects) {
        return objects.stream().map(o -> o.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** One composed overlay: the raw objects and their typed models. */
    static final class Overlay {
        final String name;
        final List<ObjectNode> raw;
        final Map<ObjectNode, Object> typed = new IdentityHashMap<>();

        private Overlay(String name, List<ObjectNode> raw) {
            this.name = name;
            this.raw = raw;
            for (ObjectNode o : raw) {
                Class<?> model = MODELS.get(
                        o.path("apiVersion").asText() + "/" + o.path("kind").asText());
                if (model != null) {
                    try {
                        typed.put(o, MAPPER.treeToValue(o, model));
                    } catch (IOException e) {
                        throw new AssertionError(
                                name + ": " + Kustomize.id(o) + " does not fit " + model.getName() + ": "
                                        + e.getMessage(),
                                e);
                    }
                }
            }
        }

        static Overlay of(String name) {
            return new Overlay(name, Kustomize.build(ROOT.resolve("deploy/overlays/" + name)));
        }

        <T> List<T> all(Class<T> type) {
            List<T> out = new ArrayList<>();
            for (ObjectNode o : raw) {
                Object t = typed.get(o);
                if (type.isInstance(t)) {
                    out.add(type.cast(t));
                }
            }
            return out;
        }

        <T extends HasMetadata> T one(Class<T> type, String name) {
            List<T> matching = all(type).stream()
                    .filter(t -> t.getMetadata().getName().equals(name))
                    .toList();
            assertEquals(1, matching.size(), this.name + ": one " + type.getSimpleName() + " " + name);
            return matching.get(0);
        }

        /** The container's environment: ConfigMaps of envFrom (in order), then env. */
        Map<String, String> environment(Deployment d) {
            Map<String, String> env = new LinkedHashMap<>();
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (EnvFromSource from : c.getEnvFrom()) {
                assertNotNull(from.getConfigMapRef(), "envFrom ConfigMaps only");
                ConfigMap cm = all(ConfigMap.class).stream()
                        .filter(m -> m.getMetadata()
                                .getName()
                                .equals(from.getConfigMapRef().getName()))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError(d.getMetadata().getName() + " refers to missing ConfigMap "
                                        + from.getConfigMapRef().getName()));
                env.putAll(cm.getData());
            }
            for (EnvVar e : c.getEnv()) {
                env.put(e.getName(), e.getValue() != null ? e.getValue() : "<from " + e.getValueFrom() + ">");
            }
            return env;
        }
    }
}
