package gov.chuangcheng.task.material;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.task.evaluation.ExpectedMaterials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standards of the active evaluation system as filing reads them: method and expected materials, straight from
 * the evaluation tables (as other features find the standards in force).
 */
@ApplicationScoped
public class FilingStandards {

    /**
     * A standard of the active version.
     *
     * @param expected its expected materials (应报材料) in the catalogue's order; empty when any material will do
     */
    public record FilingStandard(String version, String code, AssessmentMethod method, List<String> expected) {

        public boolean assessedOnMaterials() {
            return ExpectedMaterials.assessedOnMaterials(method);
        }
    }

    private final EntityManager em;

    public FilingStandards(EntityManager em) {
        this.em = em;
    }

    /** The active version's standard of this code, whatever its method; empty when none (or no version) is active. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FilingStandard> active(String code) {
        return standards("and s.code = ?1", code).stream().findFirst();
    }

    /** Every standard of the active version assessed on materials (材料审核, 网上申报), in catalogue order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FilingStandard> activeAssessedOnMaterials() {
        List<String> methods = Arrays.stream(AssessmentMethod.values())
                .filter(ExpectedMaterials::assessedOnMaterials)
                .map(Enum::name)
                .toList();
        return standards("and s.method in (?1)", methods);
    }

    /** Whether a version is active at all (to say so rather than that a standard is unknown). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anyActive() {
        return ((Number) em.createNativeQuery("select count(*) from evaluation_system where active")
                                .getSingleResult())
                        .intValue()
                > 0;
    }

    @SuppressWarnings("unchecked")
    private List<FilingStandard> standards(String where, Object parameter) {
        List<Object[]> rows = em.createNativeQuery("""
                        select s.version, s.code, s.method from eval_standard s
                        join evaluation_system v on v.version = s.version
                        where v.active %s order by s.ordinal""".formatted(where))
                .setParameter(1, parameter)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        String version = (String) rows.get(0)[0];
        List<String> codes = rows.stream().map(r -> (String) r[1]).toList();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<Object[]> names = em.createNativeQuery("""
                        select standard_code, name from eval_standard_material
                        where version = ?1 and standard_code in (?2) order by standard_code, ordinal""")
                .setParameter(1, version)
                .setParameter(2, codes)
                .getResultList();
        names.forEach(n ->
                expected.computeIfAbsent((String) n[0], c -> new ArrayList<>()).add((String) n[1]));
        return rows.stream()
                .map(r -> new FilingStandard(
                        (String) r[0],
                        (String) r[1],
                        AssessmentMethod.valueOf((String) r[2]),
                        List.copyOf(expected.getOrDefault((String) r[1], List.of()))))
                .toList();
    }
}
