package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.events.evaluation.StandardUpserted;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.task.veto.VetoItemRequest;
import gov.chuangcheng.task.veto.VetoService;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores versions of the evaluation system and activates one. Activation publishes the whole catalogue on
 * {@code cc.evaluation.v1} through the outbox: every standard of the new version with {@code active = true}, and
 * every standard of the previous version that the new one no longer has with {@code active = false}.
 *
 * <p>Changes to the catalogue (imports, activations) are serialised by a table lock, so that two of them never
 * interleave; reads are not blocked.
 */
@ApplicationScoped
public class EvaluationSystemService {

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager em;
    private final VetoService veto;

    public EvaluationSystemService(Outbox outbox, Clock clock, EntityManager em, VetoService veto) {
        this.veto = veto;
        this.outbox = outbox;
        this.clock = clock;
        this.em = em;
    }

    /** What an import did: the stored version and whether it was new (otherwise an inactive one was replaced). */
    public record Imported(EvaluationSystemView system, boolean created) {}

    /**
     * Stores {@code catalogue} as {@code version}, replacing an inactive version of that name; 409 if it is the active
     * one. Publishes nothing: the catalogue reaches the other services when the version is activated.
     */
    @Transactional
    public Imported importCatalogue(
            String version,
            String name,
            Catalogue catalogue,
            List<EvaluationSystemImport.VetoItemImport> vetoItems,
            String username) {
        lockCatalogue();
        EvaluationSystem system = EvaluationSystem.findById(version);
        boolean created = system == null;
        if (created) {
            system = new EvaluationSystem();
            system.version = version;
            system.active = false;
        } else if (system.active) {
            throw ProblemException.conflict("version " + version + " is the active evaluation system and cannot be "
                    + "replaced; import the changes under a new version and activate that");
        } else {
            EvalStandard.delete("systemVersion", version);
            EvalIndicator.delete("systemVersion", version);
            EvalCategory.delete("systemVersion", version);
        }
        system.name = name;
        system.importedAt = clock.instant();
        system.importedBy = username;
        if (created) {
            system.persist();
        }
        int categoryOrdinal = 0;
        int indicatorOrdinal = 0;
        int standardOrdinal = 0;
        for (Catalogue.Category c : catalogue.categories()) {
            EvalCategory category = new EvalCategory();
            category.systemVersion = version;
            category.code = c.code();
            category.name = c.name();
            category.ordinal = ++categoryOrdinal;
            category.persist();
            for (Catalogue.Indicator i : c.indicators()) {
                EvalIndicator indicator = new EvalIndicator();
                indicator.systemVersion = version;
                indicator.code = i.code();
                indicator.categoryCode = c.code();
                indicator.name = i.name();
                indicator.ordinal = ++indicatorOrdinal;
                indicator.persist();
                for (Catalogue.Standard s : i.standards()) {
                    EvalStandard standard = new EvalStandard();
                    standard.systemVersion = version;
                    standard.code = s.code();
                    standard.indicatorCode = i.code();
                    standard.name = s.name();
                    standard.fullMarks = s.fullMarks();
                    standard.weight = s.weight();
                    standard.method = s.method();
                    standard.pointTypes = Codes.joinPointTypes(s.pointTypes());
                    standard.surveyScoring =
                            s.surveyScoring() == null ? null : s.surveyScoring().text();
                    standard.materials = new ArrayList<>(s.materials());
                    standard.ordinal = ++standardOrdinal;
                    standard.persist();
                }
            }
        }
        if (vetoItems != null) {
            veto.putItems(
                    version,
                    vetoItems.stream()
                            .map(v -> new VetoItemRequest(v.code(), v.name().strip(), v.consequence()))
                            .toList());
        }
        return new Imported(summary(version), created);
    }

    /**
     * Makes {@code version} the active evaluation system and publishes its catalogue. Activating the active version
     * again changes nothing and publishes nothing.
     */
    @Transactional
    public EvaluationSystemView activate(String version, String username) {
        lockCatalogue();
        EvaluationSystem system = EvaluationSystem.<EvaluationSystem>findByIdOptional(version)
                .orElseThrow(() -> ProblemException.notFound("evaluation system", version));
        if (system.active) {
            return summary(version);
        }
        Optional<EvaluationSystem> previous =
                EvaluationSystem.find("active", true).firstResultOptional();
        previous.ifPresent(p -> {
            p.active = false;
            em.flush(); // the partial unique index allows one active version at any moment
        });
        system.active = true;
        system.activatedAt = clock.instant();
        system.activatedBy = username;

        Tree tree = Tree.load(version);
        for (EvalStandard s : tree.standards) {
            outbox.publish(EventCatalog.STANDARD_UPSERTED, s.code, tree.event(s, true));
        }
        previous.ifPresent(p -> {
            Set<String> kept = tree.standards.stream().map(s -> s.code).collect(Collectors.toSet());
            Tree old = Tree.load(p.version);
            old.standards.stream()
                    .filter(s -> !kept.contains(s.code))
                    .forEach(s -> outbox.publish(EventCatalog.STANDARD_UPSERTED, s.code, old.event(s, false)));
        });
        return summary(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EvaluationSystemView> list(PageRequest paging) {
        Page<EvaluationSystem> page = Page.of(
                EvaluationSystem.<EvaluationSystem>find("order by active desc, importedAt desc, version"),
                paging,
                s -> s);
        List<String> versions = page.items().stream().map(s -> s.version).toList();
        Map<String, Object[]> standards = groupedByVersion(
                "select s.systemVersion, count(s), sum(s.fullMarks) from EvalStandard s "
                        + "where s.systemVersion in :versions group by s.systemVersion",
                versions);
        Map<String, Object[]> indicators = groupedByVersion(
                "select i.systemVersion, count(i) from EvalIndicator i "
                        + "where i.systemVersion in :versions group by i.systemVersion",
                versions);
        Map<String, Object[]> categories = groupedByVersion(
                "select c.systemVersion, count(c) from EvalCategory c "
                        + "where c.systemVersion in :versions group by c.systemVersion",
                versions);
        return page.map(s -> new EvaluationSystemView(
                s.version,
                s.name,
                s.active,
                s.importedAt,
                s.importedBy,
                s.activatedAt,
                s.activatedBy,
                count(categories.get(s.version)),
                count(indicators.get(s.version)),
                count(standards.get(s.version)),
                standards.containsKey(s.version) ? (BigDecimal) standards.get(s.version)[2] : BigDecimal.ZERO));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationSystemView summary(String version) {
        EvaluationSystem system = EvaluationSystem.<EvaluationSystem>findByIdOptional(version)
                .orElseThrow(() -> ProblemException.notFound("evaluation system", version));
        EvaluationSystemTreeView tree = tree(system);
        long indicators =
                tree.categories().stream().mapToLong(c -> c.indicators().size()).sum();
        long standards = tree.categories().stream()
                .flatMap(c -> c.indicators().stream())
                .mapToLong(i -> i.standards().size())
                .sum();
        return new EvaluationSystemView(
                system.version,
                system.name,
                system.active,
                system.importedAt,
                system.importedBy,
                system.activatedAt,
                system.activatedBy,
                tree.categories().size(),
                indicators,
                standards,
                tree.fullMarks());
    }

    /** The tree of a version; 404 if there is no such version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationSystemTreeView tree(String version) {
        return tree(EvaluationSystem.<EvaluationSystem>findByIdOptional(version)
                .orElseThrow(() -> ProblemException.notFound("evaluation system", version)));
    }

    /** The tree of the active version; 404 if no version is active yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationSystemTreeView activeTree() {
        return tree(active().orElseThrow(() -> ProblemException.notFound("evaluation system", "(active)")));
    }

    /** Standards of the active version, in tree order, filtered by whichever criteria are given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StandardView> standards(
            String categoryCode,
            String indicatorCode,
            AssessmentMethod method,
            PointType pointType,
            PageRequest paging) {
        Optional<EvaluationSystem> active = active();
        if (active.isEmpty()) {
            return new Page<>(List.of(), paging.page, paging.size, 0);
        }
        String version = active.get().version;
        StringBuilder where = new StringBuilder("systemVersion = :version");
        Parameters params = Parameters.with("version", version);
        if (categoryCode != null) {
            where.append(" and indicatorCode in (select i.code from EvalIndicator i"
                    + " where i.systemVersion = :version and i.categoryCode = :category)");
            params.and("category", categoryCode);
        }
        if (indicatorCode != null) {
            where.append(" and indicatorCode = :indicator");
            params.and("indicator", indicatorCode);
        }
        if (method != null) {
            where.append(" and method = :method");
            params.and("method", method);
        }
        if (pointType != null) {
            where.append(" and concat(',', pointTypes, ',') like :pointType");
            params.and("pointType", "%," + pointType.name() + ",%");
        }
        Names names = Names.load(version);
        return Page.of(EvalStandard.<EvalStandard>find(where + " order by ordinal", params), paging, names::view);
    }

    /** A standard of the active version; 404 if the active version has no such standard. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StandardView standard(String code) {
        return active().flatMap(v -> EvalStandard.<EvalStandard>findByIdOptional(new EvalKey(v.version, code))
                        .map(s -> Names.load(v.version).view(s)))
                .orElseThrow(() -> ProblemException.notFound("standard", code));
    }

    /** The version in force, if one has been activated. */
    public static Optional<EvaluationSystem> active() {
        return EvaluationSystem.find("active", true).firstResultOptional();
    }

    private EvaluationSystemTreeView tree(EvaluationSystem system) {
        Tree tree = Tree.load(system.version);
        Map<String, List<EvalStandard>> byIndicator = tree.standards.stream()
                .collect(Collectors.groupingBy(s -> s.indicatorCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<EvalIndicator>> byCategory = tree.names.indicators.values().stream()
                .sorted((a, b) -> Integer.compare(a.ordinal, b.ordinal))
                .collect(Collectors.groupingBy(i -> i.categoryCode, LinkedHashMap::new, Collectors.toList()));
        List<EvaluationSystemTreeView.CategoryView> categories = new ArrayList<>();
        for (EvalCategory c : tree.names.categories.values().stream()
                .sorted((a, b) -> Integer.compare(a.ordinal, b.ordinal))
                .toList()) {
            List<EvaluationSystemTreeView.IndicatorView> indicators = new ArrayList<>();
            for (EvalIndicator i : byCategory.getOrDefault(c.code, List.of())) {
                List<StandardView> standards = byIndicator.getOrDefault(i.code, List.of()).stream()
                        .map(s -> StandardView.of(s, i, c))
                        .toList();
                indicators.add(new EvaluationSystemTreeView.IndicatorView(
                        i.code,
                        i.name,
                        sum(standards.stream().map(StandardView::fullMarks).toList()),
                        standards));
            }
            categories.add(new EvaluationSystemTreeView.CategoryView(
                    c.code,
                    c.name,
                    sum(indicators.stream()
                            .map(EvaluationSystemTreeView.IndicatorView::fullMarks)
                            .toList()),
                    indicators));
        }
        return new EvaluationSystemTreeView(
                system.version,
                system.name,
                system.active,
                system.importedAt,
                system.importedBy,
                system.activatedAt,
                system.activatedBy,
                sum(categories.stream()
                        .map(EvaluationSystemTreeView.CategoryView::fullMarks)
                        .toList()),
                categories);
    }

    private void lockCatalogue() {
        em.createNativeQuery("lock table evaluation_system in share row exclusive mode")
                .executeUpdate();
    }

    private Map<String, Object[]> groupedByVersion(String jpql, List<String> versions) {
        if (versions.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(jpql, Object[].class)
                .setParameter("versions", versions)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> r));
    }

    private static long count(Object[] row) {
        return row == null ? 0 : ((Number) row[1]).longValue();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Categories and indicators of a version by code, to put names on standards. */
    private record Names(Map<String, EvalCategory> categories, Map<String, EvalIndicator> indicators) {

        static Names load(String version) {
            Map<String, EvalCategory> categories = EvalCategory.<EvalCategory>list("systemVersion", version).stream()
                    .collect(Collectors.toMap(c -> c.code, Function.identity()));
            Map<String, EvalIndicator> indicators = EvalIndicator.<EvalIndicator>list("systemVersion", version).stream()
                    .collect(Collectors.toMap(i -> i.code, Function.identity(), (a, b) -> a, HashMap::new));
            return new Names(categories, indicators);
        }

        StandardView view(EvalStandard s) {
            EvalIndicator indicator = indicators.get(s.indicatorCode);
            return StandardView.of(s, indicator, categories.get(indicator.categoryCode));
        }
    }

    /** A whole version: names and its standards in order. */
    private record Tree(Names names, List<EvalStandard> standards) {

        static Tree load(String version) {
            return new Tree(
                    Names.load(version),
                    EvalStandard.<EvalStandard>list("systemVersion = ?1 order by ordinal", version));
        }

        StandardUpserted event(EvalStandard s, boolean active) {
            EvalIndicator indicator = names.indicators.get(s.indicatorCode);
            EvalCategory category = names.categories.get(indicator.categoryCode);
            return new StandardUpserted(
                    s.systemVersion,
                    category.code,
                    category.name,
                    indicator.code,
                    indicator.name,
                    s.code,
                    s.name,
                    s.fullMarks,
                    s.weight,
                    s.method,
                    s.pointTypeList().stream().map(Enum::name).toList(),
                    active);
        }
    }
}
