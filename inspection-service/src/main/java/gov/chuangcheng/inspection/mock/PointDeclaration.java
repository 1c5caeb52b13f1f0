package gov.chuangcheng.inspection.mock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of the declared list (申报点位): a point declared or withdrawn, by whom and when. Only ever added, so the
 * list of any day can be told afterwards; the highest id is the list's version.
 */
@Entity
@Table(name = "point_declaration")
public class PointDeclaration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "point_id")
    public UUID pointId;

    /** true: declared; false: withdrawn from the list. */
    public boolean declared;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    static PointDeclaration of(UUID pointId, boolean declared, String by, Instant at) {
        PointDeclaration d = new PointDeclaration();
        d.pointId = pointId;
        d.declared = declared;
        d.changedBy = by;
        d.changedAt = at;
        return d;
    }
}
