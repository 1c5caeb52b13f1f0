package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.directory.UnitDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link Routing.Directory} over this service's directory read model (table {@code directory_unit}). */
@ApplicationScoped
public class DirectoryAudience implements Routing.Directory {

    private final UnitDirectory directory;
    private final EntityManager em;

    public DirectoryAudience(UnitDirectory directory, EntityManager em) {
        this.directory = directory;
        this.em = em;
    }

    @Override
    public Optional<UnitUpserted> unit(String code) {
        return directory.find(code);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<UnitUpserted> unitsOfKind(UnitKind kind) {
        return load(em.createNativeQuery("select code from directory_unit where active and kind = ?1 order by code")
                .setParameter(1, kind.name())
                .getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<UnitUpserted> activeUnits() {
        return load(em.createNativeQuery("select code from directory_unit where active order by code")
                .getResultList());
    }

    private List<UnitUpserted> load(List<String> codes) {
        return codes.stream().map(directory::find).flatMap(Optional::stream).toList();
    }
}
