package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A re-inspection (复查) an inspector has to make for a rectification order. Opened — or reopened after a failed
 * re-inspection — by {@code cc.rectification.verification-requested.v1}; done when a re-inspection is submitted.
 */
@Entity
@Table(name = "reinspection_task")
public class ReinspectionTask extends PanacheEntityBase {

    public enum Status {
        OPEN("待复查"),
        DONE("已复查");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    @Id
    @Column(name = "order_id")
    public String orderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "point_id")
    public UUID pointId;

    @Column(name = "point_code")
    public String pointCode;

    @Column(name = "point_name")
    public String pointName;

    @Column(name = "standard_code")
    public String standardCode;

    @Column(name = "standard_name")
    public String standardName;

    @Column(name = "unit_code")
    public String unitCode;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "due_by")
    public Instant dueBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Version
    public long version;
}
