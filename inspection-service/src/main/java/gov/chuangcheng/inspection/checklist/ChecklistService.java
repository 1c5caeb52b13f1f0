package gov.chuangcheng.inspection.checklist;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.inspection.catalogue.CatalogueStandard;
import gov.chuangcheng.inspection.catalogue.StandardCatalogue;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Versions of the checklists per point type. */
@ApplicationScoped
public class ChecklistService {

    private final StandardCatalogue standards;
    private final EntityManager em;
    private final Clock clock;

    public ChecklistService(StandardCatalogue standards, EntityManager em, Clock clock) {
        this.standards = standards;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Checklist createVersion(PointType type, ChecklistRequest request, String createdBy) {
        List<ChecklistRules.ItemSpec> specs = request.items().stream()
                .map(i -> new ChecklistRules.ItemSpec(i.code(), i.maxScore(), i.passThreshold(), i.severity()))
                .toList();
        List<Problem.FieldError> errors = new ArrayList<>(ChecklistRules.check(specs, request.passThreshold()));
        for (int i = 0; i < request.items().size(); i++) {
            String code = request.items().get(i).standardCode();
            Optional<CatalogueStandard> standard = standards.find(code);
            if (standard.isEmpty()) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].standardCode",
                        "standard " + code + " is not in the evaluation system (as this service knows it)"));
            } else if (!standard.get().active) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].standardCode", "standard " + code + " is no longer active"));
            } else if (standard.get().method != AssessmentMethod.FIELD_INSPECTION) {
                // a checklist is what inspectors score on site: a survey or a material review is not scored there
                errors.add(new Problem.FieldError(
                        "items[" + i + "].standardCode",
                        "standard " + code + " is assessed by "
                                + standard.get().method.displayName()
                                + ", not by 实地考察; only field-inspected standards go on a checklist"));
            } else if (!appliesTo(standard.get(), type)) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].standardCode",
                        "standard " + code + " applies to point types " + standard.get().pointTypes + ", not to "
                                + type.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // one new version of a point type at a time: the next number is taken under a transaction-scoped lock
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "checklist:" + type.name())
                .getSingleResult();
        Checklist checklist = new Checklist();
        checklist.id = UUID.randomUUID();
        checklist.pointType = type;
        checklist.version = current(type).map(c -> c.version + 1).orElse(1);
        checklist.passThreshold = request.passThreshold().setScale(2, RoundingMode.HALF_UP);
        checklist.createdBy = createdBy;
        checklist.createdAt = clock.instant();
        request.items().forEach(i -> {
            ChecklistItem item = new ChecklistItem();
            item.code = i.code();
            item.standardCode = i.standardCode();
            item.checkText = i.checkText().trim();
            item.maxScore = i.maxScore().setScale(2, RoundingMode.HALF_UP);
            item.passThreshold = i.passThreshold().setScale(2, RoundingMode.HALF_UP);
            item.severity = i.severity();
            checklist.items.add(item);
        });
        checklist.persist();
        return checklist;
    }

    /**
     * The item of this code in each point type's current checklist that has it: the point types a problem of that
     * item (a finding, a public report) may be about, in the order of {@link PointType}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<PointType, ChecklistItem> currentItems(String itemCode) {
        java.util.Map<PointType, ChecklistItem> items = new java.util.EnumMap<>(PointType.class);
        for (PointType type : PointType.values()) {
            current(type).flatMap(c -> c.item(itemCode)).ifPresent(item -> items.put(type, item));
        }
        return items;
    }

    /** The current (highest) version of a point type's checklist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Checklist> current(PointType type) {
        return Checklist.find("pointType = ?1 order by version desc", type).firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Checklist> version(PointType type, int version) {
        return Checklist.find("pointType = ?1 and version = ?2", type, version).firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Checklist> versions(PointType type, PageRequest paging) {
        return Page.of(Checklist.<Checklist>find("pointType = ?1 order by version desc", type), paging, c -> c);
    }

    /** A standard without point types applies to every type. */
    private static boolean appliesTo(CatalogueStandard standard, PointType type) {
        if (standard.pointTypes == null || standard.pointTypes.isBlank()) {
            return true;
        }
        return java.util.Arrays.stream(standard.pointTypes.split(","))
                .map(String::strip)
                .anyMatch(t -> t.equalsIgnoreCase(type.name()));
    }

    /** The standard's name for display, or its code when this service does not know it (any more). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String standardName(String code) {
        return standards.find(code).map(s -> s.name).orElse(code);
    }
}
