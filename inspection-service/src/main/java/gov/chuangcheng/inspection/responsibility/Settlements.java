package gov.chuangcheng.inspection.responsibility;

import gov.chuangcheng.events.rectification.ResponsibilitySettled;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The settlements of responsibility (确权) of {@code cc.responsibility.settled.v1}. Each event adds a row and nothing
 * is ever changed, so that the history stays; what holds for a point × standard is its latest settlement, which the
 * view {@code current_responsibility} selects (latest {@code settled_at}, then latest arrival). The inbox makes a
 * redelivered event add nothing.
 */
@ApplicationScoped
public class Settlements {

    private final EntityManager em;

    public Settlements(EntityManager em) {
        this.em = em;
    }

    /** Records a settlement; an event without a usable point, standard or unit can never be applied (poison). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settled(ResponsibilitySettled event) {
        if (event.order() == null || event.unit() == null || event.at() == null) {
            throw new PoisonEventException("cc.responsibility.settled.v1 without order, unit or time");
        }
        UUID pointId = parse(event.order().pointId())
                .orElseThrow(() -> new PoisonEventException(
                        "cc.responsibility.settled.v1 of order " + event.order().id() + " has no usable point id: "
                                + event.order().pointId()));
        if (blank(event.order().standardCode()) || blank(event.unit().code())) {
            throw new PoisonEventException(
                    "cc.responsibility.settled.v1 of order " + event.order().id() + " names no standard or no unit");
        }
        Settlement s = new Settlement();
        s.pointId = pointId;
        s.standardCode = event.order().standardCode();
        s.unitCode = event.unit().code();
        s.unitName = event.unit().name();
        s.reason = event.reason();
        s.settledBy = event.by();
        s.settledAt = event.at().toInstant();
        s.persist();
    }

    /** The unit the latest settlement of the point × standard names; empty when it was never settled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResponsibilityRule.Unit> current(UUID pointId, String standardCode) {
        List<?> rows = em.createNativeQuery("""
                        select unit_code, unit_name from current_responsibility
                        where point_id = :point and standard_code = :standard""")
                .setParameter("point", pointId)
                .setParameter("standard", standardCode)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            return ResponsibilityRule.Unit.ofNullable((String) cells[0], (String) cells[1]);
        });
    }

    /** Whether the latest settlement of the point × one of these standards names one of these units. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean settledToAny(UUID pointId, Collection<String> standardCodes, Set<String> units) {
        if (standardCodes.isEmpty() || units.isEmpty()) {
            return false;
        }
        Number n = (Number) em.createNativeQuery("""
                        select count(*) from current_responsibility
                        where point_id = :point and standard_code in (:standards) and unit_code in (:units)""")
                .setParameter("point", pointId)
                .setParameter("standards", standardCodes)
                .setParameter("units", units)
                .getSingleResult();
        return n.longValue() > 0;
    }

    /** The point × standards whose latest settlement names one of these units. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PointStandard> settledTo(Set<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        select point_id, standard_code from current_responsibility
                        where unit_code in (:units) order by point_id, standard_code""").setParameter("units", units).getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] cells = (Object[]) row;
                    return new PointStandard((UUID) cells[0], (String) cells[1]);
                })
                .toList();
    }

    /** A point × standard, the unit of settlement. */
    public record PointStandard(UUID pointId, String standardCode) {

        /** As {@code cc.rectifications.v1} keys an episode: point id, {@code :}, standard code. */
        public String key() {
            return pointId + ":" + standardCode;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
