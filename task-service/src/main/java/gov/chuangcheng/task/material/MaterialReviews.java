package gov.chuangcheng.task.material;

import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.task.material.FilingStandards.FilingStandard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The office's reviews of filed materials (材料审核) and what they score. A review is never changed: the office changing
 * its mind is a review of its own, with its reason, and the material's status is the latest decision. A returned
 * material stays returned until the office decides otherwise; the unit files a new one.
 */
@ApplicationScoped
public class MaterialReviews {

    private final MaterialService materials;
    private final FilingStandards standards;
    private final EntityManager em;
    private final Clock clock;

    public MaterialReviews(MaterialService materials, FilingStandards standards, EntityManager em, Clock clock) {
        this.materials = materials;
        this.standards = standards;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Records the office's decision: 404 for an unknown material, 400 naming {@code reason} when a return or a
     * change of decision has none, 409 when the material already stands so.
     */
    @Transactional
    public SubmittedMaterialView review(String id, MaterialReviewRequest request, String by) {
        // the row lock serialises reviews of one material: numbers and status follow the order decided
        SubmittedMaterial m = em.find(SubmittedMaterial.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw ProblemException.notFound("material", id);
        }
        String reason = MaterialService.blankToNull(request.reason());
        if (m.status == request.decision().status()) {
            throw ProblemException.conflict("该材料已是“" + m.status.displayName() + "”");
        }
        if (reason == null && request.decision() == MaterialDecision.RETURNED) {
            throw ProblemException.invalid("reason", "退回材料须说明理由");
        }
        if (reason == null && m.reviewed()) {
            throw ProblemException.invalid("reason", "改变此前的审核结论须说明理由");
        }
        MaterialReview review = new MaterialReview();
        review.id = UUID.randomUUID().toString();
        review.materialId = m.id;
        review.number = (int) MaterialReview.count("materialId", m.id) + 1;
        review.decision = request.decision();
        review.reason = reason;
        review.reviewedBy = by;
        review.reviewedAt = clock.instant();
        review.persist();
        m.decided(request.decision());
        return materials.view(m);
    }

    /**
     * What the reviews score, for every standard of the active version assessed on materials (材料审核, 网上申报), by
     * standard code in catalogue order: {@link FilingScore} — numerator and denominator, and a denominator of 0 (no
     * data) while none of the standard's files has been reviewed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<String, Rate> standing() {
        List<FilingStandard> filed = standards.activeAssessedOnMaterials();
        if (filed.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select distinct standard_code, expected_name, status from material
                        where standard_code in (?1)""")
                .setParameter(1, filed.stream().map(FilingStandard::code).toList())
                .getResultList();
        Map<String, List<FilingScore.Filed>> files = new HashMap<>();
        rows.forEach(r -> files.computeIfAbsent((String) r[0], c -> new ArrayList<>())
                .add(new FilingScore.Filed((String) r[1], MaterialStatus.valueOf((String) r[2]))));
        Map<String, Rate> standing = new LinkedHashMap<>();
        filed.forEach(s ->
                standing.put(s.code(), FilingScore.of(s.expected(), files.getOrDefault(s.code(), List.of()))));
        return standing;
    }
}
