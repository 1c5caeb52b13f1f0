package gov.chuangcheng.inspection.open311;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A rectification order as {@code cc.rectifications.v1} describes it: enough to answer a reporter. */
@Entity
@Table(name = "known_order")
public class KnownOrder extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    public String orderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "point_id")
    public UUID pointId;

    @Column(name = "standard_code")
    public String standardCode;

    @Column(name = "unit_name")
    public String unitName;

    public Instant deadline;
    public boolean closed;
}
