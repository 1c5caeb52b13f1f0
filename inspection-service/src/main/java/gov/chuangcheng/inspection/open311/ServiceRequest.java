package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.events.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A problem reported by another government system (Open311 service request), routed to a point × standard. It
 * follows the rectification order accountability-service opened from it or attached it to ({@link OrderFollowing}).
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends PanacheEntityBase {

    /** Open311 knows two states; 已受理 and 已转办 are both "open" to its clients. */
    public enum Status {
        open,
        closed
    }

    @Id
    public UUID id;

    public String channel;

    @Column(name = "service_code")
    public String serviceCode;

    @Column(name = "service_name")
    public String serviceName;

    public String description;
    public Double latitude;
    public Double longitude;

    @Column(name = "address_string")
    public String addressString;

    @Column(name = "media_url")
    public String mediaUrl;

    @Column(name = "reporter_email")
    public String reporterEmail;

    @Column(name = "reporter_phone")
    public String reporterPhone;

    @Column(name = "reporter_name")
    public String reporterName;

    @Column(name = "device_id")
    public String deviceId;

    @Column(name = "point_id")
    public UUID pointId;

    @Column(name = "standard_code")
    public String standardCode;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "status_notes")
    public String statusNotes;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "order_number")
    public String orderNumber;

    /**
     * True once accountability-service named this request as what opened the order or attached it to the order: only
     * then does the order's closure close it. False while it merely shows the open order of its point × standard.
     */
    @Column(name = "order_confirmed")
    public boolean orderConfirmed;

    @Column(name = "agency_responsible")
    public String agencyResponsible;

    @Column(name = "expected_at")
    public Instant expectedAt;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
