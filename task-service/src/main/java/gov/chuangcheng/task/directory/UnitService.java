package gov.chuangcheng.task.directory;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.directory.UnitContact;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maintains the unit directory; every change is published on {@code cc.directory.v1} through the outbox. */
@ApplicationScoped
public class UnitService {

    private final Outbox outbox;
    private final Clock clock;

    public UnitService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Unit create(UnitRequest request) {
        if (Unit.findById(request.code()) != null) {
            throw ProblemException.conflict("unit " + request.code() + " already exists");
        }
        Unit unit = new Unit();
        unit.code = request.code();
        unit.createdAt = clock.instant();
        apply(unit, request);
        unit.persist();
        publish(unit);
        return unit;
    }

    @Transactional
    public Unit update(String code, String ifMatch, UnitRequest request) {
        Unit unit = Unit.<Unit>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("unit", code));
        Versions.requireMatch(ifMatch, unit.version);
        if (!code.equals(request.code())) {
            throw ProblemException.invalid("code", "must equal the unit's code " + code + " (codes never change)");
        }
        apply(unit, request);
        publish(unit);
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Unit> find(String code, UnitScope scope) {
        return Unit.<Unit>findByIdOptional(code).filter(u -> scope.includes(u.code));
    }

    /** Units in {@code scope}, optionally of one kind or below one parent; the scope is part of the query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Unit> list(UnitScope scope, UnitKind kind, String parentCode, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope.filter().ifPresent(units -> {
            where.append(" and code in :units");
            params.put("units", units);
        });
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (parentCode != null) {
            where.append(" and parentCode = :parent");
            params.put("parent", parentCode);
        }
        return Page.of(Unit.<Unit>find(where + " order by code", params), paging, u -> u);
    }

    private void apply(Unit unit, UnitRequest request) {
        if (request.parentCode() != null) {
            if (Unit.findById(request.parentCode()) == null) {
                throw ProblemException.invalid("parentCode", "unit " + request.parentCode() + " does not exist");
            }
            if (createsCycle(unit.code, request.parentCode())) {
                throw ProblemException.invalid("parentCode", "would put " + unit.code + " below itself");
            }
        }
        unit.name = request.name().trim();
        unit.kind = request.kind();
        unit.parentCode = request.parentCode();
        unit.active = request.active() == null || request.active();
        unit.updatedAt = clock.instant();
        unit.contacts.clear();
        if (request.contacts() != null) {
            request.contacts().forEach(c -> {
                Contact contact = new Contact();
                contact.name = c.name();
                contact.role = c.role();
                contact.phone = c.phone();
                contact.email = c.email();
                contact.username = c.username();
                unit.contacts.add(contact);
            });
        }
    }

    private boolean createsCycle(String code, String parentCode) {
        Set<String> seen = new HashSet<>();
        String cursor = parentCode;
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(code)) {
                return true;
            }
            Unit parent = Unit.findById(cursor);
            cursor = parent == null ? null : parent.parentCode;
        }
        return false;
    }

    private void publish(Unit unit) {
        List<UnitContact> contacts = unit.contacts.stream()
                .map(c -> new UnitContact(c.name, c.role, c.phone, c.email, c.username))
                .toList();
        outbox.publish(
                EventCatalog.UNIT_UPSERTED,
                unit.code,
                new UnitUpserted(unit.code, unit.name, unit.kind, unit.parentCode, unit.active, contacts));
    }
}
