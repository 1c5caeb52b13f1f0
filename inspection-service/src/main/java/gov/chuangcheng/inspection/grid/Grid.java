package gov.chuangcheng.inspection.grid;

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

/** A grid (网格): an area, in WGS-84, whose unit answers for problems found there off every registered point. */
@Entity
@Table(name = "grid")
public class Grid extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;
    public String name;

    @Enumerated(EnumType.STRING)
    public GridKind kind;

    @Column(name = "responsible_unit_code")
    public String responsibleUnitCode;

    @ElementCollection
    @CollectionTable(name = "grid_co_unit", joinColumns = @JoinColumn(name = "grid_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code")
    public List<String> coUnitCodes = new ArrayList<>();

    /** The coordinates of a GeoJSON MultiPolygon, WGS-84, as JSON text. */
    public String coordinates;

    @Column(name = "min_lat")
    public double minLat;

    @Column(name = "max_lat")
    public double maxLat;

    @Column(name = "min_lon")
    public double minLon;

    @Column(name = "max_lon")
    public double maxLon;

    @Column(name = "area_m2")
    public double areaSquareMeters;

    @Column(name = "position_count")
    public int positionCount;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
