package gov.chuangcheng.platform.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.directory.UnitContact;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * This service's copy of the unit directory, kept current from {@code cc.directory.v1}, and the unit scope derived
 * from it: a department user sees its own unit and every unit below it.
 */
@ApplicationScoped
public class UnitDirectory {

    private static final TypeReference<List<UnitContact>> CONTACTS = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;

    public UnitDirectory(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UnitUpserted unit) {
        em.createNativeQuery("""
                        insert into directory_unit (code, name, kind, parent_code, active, contacts, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (code) do update set name = excluded.name, kind = excluded.kind,
                            parent_code = excluded.parent_code, active = excluded.active,
                            contacts = excluded.contacts, updated_at = now()""")
                .setParameter(1, unit.code())
                .setParameter(2, unit.name())
                .setParameter(3, unit.kind().name())
                .setParameter(4, unit.parentCode())
                .setParameter(5, unit.active())
                .setParameter(6, write(unit.contacts() == null ? List.of() : unit.contacts()))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitUpserted> find(String code) {
        return Optional.ofNullable(em.find(DirectoryUnit.class, code))
                .map(u -> new UnitUpserted(
                        u.code, u.name, UnitKind.valueOf(u.kind), u.parentCode, u.active, read(u.contacts)));
    }

    /** The unit and every unit below it, however deep. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Set<String> selfAndDescendants(String code) {
        List<String> codes = em.createNativeQuery("""
                        with recursive tree(code) as (
                            select cast(?1 as varchar)
                            union
                            select u.code from directory_unit u join tree t on u.parent_code = t.code
                        )
                        select code from tree""").setParameter(1, code).getResultList();
        return new HashSet<>(codes);
    }

    /**
     * The units {@code actor} may see: all for the office and leaders; a department user's unit and the units below
     * it; nothing for anyone else (services widen it where a role needs more, e.g. inspectors).
     */
    public UnitScope scopeOf(Actor actor) {
        if (actor.seesAllUnits()) {
            return UnitScope.all();
        }
        if (actor.has(Roles.DEPARTMENT)) {
            return actor.unit().map(u -> UnitScope.only(selfAndDescendants(u))).orElse(UnitScope.none());
        }
        return UnitScope.none();
    }

    private String write(List<UnitContact> contacts) {
        try {
            return json.writeValueAsString(contacts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UnitContact> read(String contacts) {
        try {
            return json.readValue(contacts, CONTACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
