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

    /** 临时点位: made by routing where a problem was found inside a grid, off every registered point. */
    public boolean temporary;

    /** The grid a temporary point was made in (kept after promotion). */
    @Column(name = "grid_code")
    public String gridCode;

    /** The standard whose findings a temporary point gathers; null for a registered point. */
    @Column(name = "standard_code")
    public String standardCode;

    @Column(name = "promoted_at")
    public Instant promotedAt;

    /**
     * 申报点位: declared to the evaluators, so a mock exam may draw it (while it is active). Declaring is a change of the
     * point like any other and moves its version: Hibernate writes every column, so an edit that did not see the
     * declaration must not pass the version check and write the old flag back.
     */
    public boolean declared;

    @Column(name = "declared_at")
    public Instant declaredAt;

    @Column(name = "declared_by")
    public String declaredBy;

    /** How people call the kind of point. */
    public static final String TEMPORARY_LABEL = "临时点位";

    public static final String REGISTERED_LABEL = "登记点位";

    public String registrationLabel() {
        return temporary ? TEMPORARY_LABEL : REGISTERED_LABEL;
    }

    /**
     * Makes a temporary point a registered one (转为登记点位) under a proper name and address. It keeps its id, code,
     * grid and units, so its inspections, findings and rectification history stay with it.
     */
    public void promote(String name, String address, Instant now) {
        if (!temporary) {
            throw new IllegalStateException("point " + code + " is already registered");
        }
        this.temporary = false;
        this.name = name;
        this.address = address;
        this.promotedAt = now;
        this.updatedAt = now;
    }

    /**
     * Puts the point on the declared list (申报). A temporary point is no place the district declares: the office
     * registers it first. The caller records the change.
     */
    public void declare(String by, Instant now) {
        if (temporary) {
            throw new IllegalStateException("point " + code + " is temporary and cannot be declared");
        }
        this.declared = true;
        this.declaredAt = now;
        this.declaredBy = by;
    }

    /** Takes the point off the declared list; when and by whom stays in the declaration history. */
    public void withdrawDeclaration() {
        this.declared = false;
        this.declaredAt = null;
        this.declaredBy = null;
    }

    /** A new temporary point where a problem was found; its address says where, until the office promotes it. */
    public static Point temporary(
            String code,
            String name,
            PointType type,
            LatLon at,
            String unitCode,
            List<String> coUnitCodes,
            String gridCode,
            String standardCode,
            Instant now) {
        Point p = new Point();
        p.id = UUID.randomUUID();
        p.code = code;
        p.name = name;
        p.type = type;
        p.address = "临时点位（北纬" + String.format(java.util.Locale.ROOT, "%.6f", at.lat()) + "，东经"
                + String.format(java.util.Locale.ROOT, "%.6f", at.lon()) + "）";
        p.latitude = at.lat();
        p.longitude = at.lon();
        p.responsibleUnitCode = unitCode;
        p.coUnitCodes.addAll(coUnitCodes);
        p.active = true;
        p.temporary = true;
        p.gridCode = gridCode;
        p.standardCode = standardCode;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    public LatLon position() {
        return new LatLon(latitude, longitude);
    }
}
