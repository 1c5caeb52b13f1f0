package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.events.rectification.Closure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** How it closed; null while open, and for orders closed before closures were kept. */
    @Enumerated(EnumType.STRING)
    public Closure closure;

    /** The office's reason for voiding or merging it. */
    @Column(name = "closure_reason")
    public String closureReason;

    /** The number of the order a merged one lives on in. */
    @Column(name = "merged_into_number")
    public String mergedIntoNumber;

    /** The unit's account of its fix (整改情况), for the caller's call-back (回访). */
    public String fix;

    /** The after-photos of that fix (整改后照片): evidence ids of this service's evidence store. */
    @Convert(converter = IdListConverter.class)
    @Column(name = "fix_evidence_ids")
    public List<String> fixEvidenceIds = new ArrayList<>();

    /** Whether it closed verified fixed (the only closure whose fix and after-photos a caller is shown). */
    public boolean closedFixed() {
        return closed && closure != null && closure.fixed();
    }
}
