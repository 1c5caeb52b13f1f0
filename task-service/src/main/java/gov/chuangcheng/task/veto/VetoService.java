package gov.chuangcheng.task.veto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.time.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The negative list (负面清单) of each evaluation system version and the occurrences the office records against the
 * active one. Occurrences are never changed: a withdrawal is a record of its own.
 */
@ApplicationScoped
public class VetoService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;

    public VetoService(EntityManager em, ObjectMapper json, Clock clock, ZoneId zone) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Replaces the negative list of {@code version}: 404 for an unknown version, 400 for a code listed twice, 409
     * when an item that has occurrences would go.
     */
    @Transactional
    public List<VetoItemView> putItems(String version, List<VetoItemRequest> items) {
        requireVersion(version);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!codes.add(items.get(i).code())) {
                throw ProblemException.invalid(
                        "[" + i + "].code", "编码" + items.get(i).code() + "重复");
            }
        }
        @SuppressWarnings("unchecked")
        List<String> used = em.createNativeQuery("select distinct item_code from veto_occurrence where version = ?1")
                .setParameter(1, version)
                .getResultList();
        for (String code : used) {
            if (!codes.contains(code)) {
                throw ProblemException.conflict("否决项" + code + "已有记录的情形，不能从负面清单中删除");
            }
        }
        em.createNativeQuery("delete from veto_item where version = ?1 and code not in (?2)")
                .setParameter(1, version)
                .setParameter(2, codes.isEmpty() ? List.of("") : List.copyOf(codes))
                .executeUpdate();
        for (int i = 0; i < items.size(); i++) {
            VetoItemRequest item = items.get(i);
            em.createNativeQuery("""
                            insert into veto_item (version, code, name, consequence, position) values (?1, ?2, ?3, ?4, ?5)
                            on conflict (version, code) do update
                            set name = excluded.name, consequence = excluded.consequence, position = excluded.position""")
                    .setParameter(1, version)
                    .setParameter(2, item.code())
                    .setParameter(3, item.name())
                    .setParameter(4, item.consequence())
                    .setParameter(5, i)
                    .executeUpdate();
        }
        return items(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<VetoItemView> items(String version) {
        requireVersion(version);
        List<Object[]> rows = em.createNativeQuery(
                        "select code, name, consequence from veto_item where version = ?1 order by position, code")
                .setParameter(1, version)
                .getResultList();
        return rows.stream()
                .map(r -> new VetoItemView((String) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    /** Records an occurrence of an item of the active version's list: 400 naming itemCode when it is not on it. */
    @Transactional
    public VetoOccurrenceView record(VetoOccurrenceRequest r, String by) {
        String version = activeVersion();
        Number listed = (Number) em.createNativeQuery("select count(*) from veto_item where version = ?1 and code = ?2")
                .setParameter(1, version)
                .setParameter(2, r.itemCode())
                .getSingleResult();
        if (listed.intValue() == 0) {
            throw ProblemException.invalid("itemCode", "不在现行测评体系（" + version + "）的负面清单中");
        }
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("""
                        insert into veto_occurrence (id, version, item_code, what, place, occurred_at, evidence_ids,
                                                     recorded_by, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, id)
                .setParameter(2, version)
                .setParameter(3, r.itemCode())
                .setParameter(4, r.what())
                .setParameter(5, r.place())
                .setParameter(6, r.occurredAt().toInstant())
                .setParameter(7, write(r.evidenceIds() == null ? List.of() : r.evidenceIds()))
                .setParameter(8, by)
                .setParameter(9, clock.instant())
                .executeUpdate();
        return occurrence(id);
    }

    /** Withdraws an occurrence: 404 unknown, 409 when it was withdrawn already (the first withdrawal stands). */
    @Transactional
    public VetoOccurrenceView withdraw(String id, String reason, String by) {
        VetoOccurrenceView o = occurrence(id);
        int added = em.createNativeQuery("""
                        insert into veto_withdrawal (occurrence_id, reason, withdrawn_by, withdrawn_at)
                        values (?1, ?2, ?3, ?4) on conflict (occurrence_id) do nothing""")
                .setParameter(1, id)
                .setParameter(2, reason)
                .setParameter(3, by)
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (added == 0) {
            throw ProblemException.conflict("该情形已于" + o.withdrawnAt().toLocalDate() + "由" + o.withdrawnBy() + "撤销");
        }
        return occurrence(id);
    }

    /** Every occurrence recorded against the active version, withdrawn ones included, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VetoOccurrenceView> occurrences() {
        return occurrences("o.version = (select version from evaluation_system where active)", null);
    }

    /** Whether the active version's list vetoes the city now, for the dashboard. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VetoStanding standing() {
        return VetoStanding.of(occurrences());
    }

    private VetoOccurrenceView occurrence(String id) {
        List<VetoOccurrenceView> found = occurrences("o.id = ?1", id);
        if (found.isEmpty()) {
            throw ProblemException.notFound("veto occurrence", id);
        }
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<VetoOccurrenceView> occurrences(String where, String parameter) {
        var query = em.createNativeQuery("""
                select o.id, o.item_code, i.name, i.consequence, o.what, o.place, o.occurred_at, o.evidence_ids,
                       o.recorded_by, o.recorded_at, w.withdrawn_at, w.withdrawn_by, w.reason
                from veto_occurrence o
                join veto_item i on i.version = o.version and i.code = o.item_code
                left join veto_withdrawal w on w.occurrence_id = o.id
                where %s
                order by o.occurred_at desc, o.id""".formatted(where));
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new VetoOccurrenceView(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        at(r[6]),
                        read((String) r[7]),
                        (String) r[8],
                        at(r[9]),
                        at(r[10]),
                        (String) r[11],
                        (String) r[12]))
                .toList();
    }

    private void requireVersion(String version) {
        Number found = (Number) em.createNativeQuery("select count(*) from evaluation_system where version = ?1")
                .setParameter(1, version)
                .getSingleResult();
        if (found.intValue() == 0) {
            throw ProblemException.notFound("evaluation system", version);
        }
    }

    private String activeVersion() {
        @SuppressWarnings("unchecked")
        List<String> active = em.createNativeQuery("select version from evaluation_system where active")
                .getResultList();
        if (active.isEmpty()) {
            throw ProblemException.conflict("尚未启用测评体系，无法记录否决情形");
        }
        return active.get(0);
    }

    private OffsetDateTime at(Object column) {
        Instant instant = SqlTimes.instant(column);
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String value) {
        try {
            return value == null ? List.of() : json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence ids are not a JSON list", e);
        }
    }
}
