package gov.chuangcheng.inspection.point;

import gov.chuangcheng.events.evaluation.PointType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An inspection point (点位): a market, a back street, a school … that inspectors check against its checklist. */
@Entity
@Table(name = "point")
public class Point extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;
    public String name;

    @Enumerated(EnumType.STRING)
    public PointType type;

    public String address;
    /** The 街道 the point lies in: its unit code or name, as the office writes it. */
    public String street;
    /** WGS-84. */
    public double latitude;
    /** WGS-84. */
    public double longitude;

    @Column(name = "responsible_unit_code")
    public String responsibleUnitCode;

    public boolean active = true;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "point_co_unit", joinColumns = @JoinColumn(name = "point_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code")
    public List<String> coUnitCodes = new ArrayList<>();

    public LatLon position() {
        return new LatLon(latitude, longitude);
    }
}
