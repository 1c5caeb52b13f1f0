package gov.chuangcheng.inspection.catalogue;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.events.evaluation.StandardUpserted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * This service's copy of the evaluation system's standards, kept current from {@code cc.standard.upserted.v1}.
 * Checklist items link to these standards, and events carry their names.
 */
@ApplicationScoped
public class StandardCatalogue {

    private final Clock clock;

    public StandardCatalogue(Clock clock) {
        this.clock = clock;
    }

    /** Inserts or replaces the standard (the topic is compacted by standard code, the latest event wins). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(StandardUpserted event) {
        CatalogueStandard existing = CatalogueStandard.findById(event.code());
        CatalogueStandard s = existing != null ? existing : new CatalogueStandard();
        s.code = event.code();
        s.name = event.name();
        s.indicatorCode = event.indicatorCode();
        s.indicatorName = event.indicatorName();
        s.method = event.method();
        s.pointTypes = event.pointTypes() == null
                ? ""
                : event.pointTypes().stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::trim)
                        .collect(Collectors.joining(","));
        s.fullMarks = event.fullMarks();
        s.systemVersion = event.systemVersion();
        s.active = event.active();
        s.updatedAt = clock.instant();
        if (existing == null) {
            s.persist();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CatalogueStandard> find(String code) {
        return code == null ? Optional.empty() : CatalogueStandard.findByIdOptional(code);
    }

    /** The point types a standard applies to; codes this service does not know are left out. */
    public static List<PointType> pointTypes(CatalogueStandard s) {
        if (s.pointTypes == null || s.pointTypes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.pointTypes.split(","))
                .map(String::trim)
                .filter(t ->
                        Arrays.stream(PointType.values()).anyMatch(p -> p.name().equals(t)))
                .map(PointType::valueOf)
                .toList();
    }
}
