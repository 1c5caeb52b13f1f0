package gov.chuangcheng.task.decomposition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the evaluation system's tables (V2) directly: they live in this service's database. */
@ApplicationScoped
public class SqlStandardCatalog implements StandardCatalog {

    private final EntityManager em;

    public SqlStandardCatalog(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<String, Standard> activeStandards(Collection<String> codes) {
        Map<String, Standard> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select s.code, s.name, s.indicator_code
                        from eval_standard s join evaluation_system v on v.version = s.version
                        where v.active and s.code in (:codes)""")
                .setParameter("codes", List.copyOf(codes))
                .getResultList();
        for (Object[] row : rows) {
            found.put((String) row[0], new Standard((String) row[0], (String) row[1], (String) row[2]));
        }
        return found;
    }
}
