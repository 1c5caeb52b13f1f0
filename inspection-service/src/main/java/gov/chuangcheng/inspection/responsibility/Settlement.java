package gov.chuangcheng.inspection.responsibility;

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
 * A settlement of responsibility (确权) for a point × standard, as {@code cc.responsibility.settled.v1} told it. Rows
 * are only ever added: the latest one of a point × standard holds ({@link Settlements#current}).
 */
@Entity
@Table(name = "responsibility_settlement")
public class Settlement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "point_id")
    public UUID pointId;

    @Column(name = "standard_code")
    public String standardCode;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    public String reason;

    @Column(name = "settled_by")
    public String settledBy;

    @Column(name = "settled_at")
    public Instant settledAt;
}
