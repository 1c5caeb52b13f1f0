package gov.chuangcheng.inspection.catalogue;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One standard (测评标准) as this service knows it from {@code cc.evaluation.v1}; written only by the consumer. */
@Entity
@Table(name = "catalogue_standard")
public class CatalogueStandard extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "indicator_name")
    public String indicatorName;

    @Enumerated(EnumType.STRING)
    public AssessmentMethod method;
    /** Point type codes separated by commas. */
    @Column(name = "point_types")
    public String pointTypes;

    @Column(name = "full_marks")
    public BigDecimal fullMarks;

    @Column(name = "system_version")
    public String systemVersion;

    public boolean active;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
