package gov.chuangcheng.accountability.deadline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** A standard's own deadline (处置时限) as the office set it; wins over the configuration and the severity. */
@Entity
@Table(name = "deadline_override")
public class DeadlineOverride extends PanacheEntityBase {

    @Id
    @Column(name = "standard_code")
    public String standardCode;
    /** As entered: amount of unit, e.g. 4 WORKING_HOURS. */
    public long amount;

    public String unit;

    @Column(name = "office_time_seconds")
    public Long officeTimeSeconds;

    @Column(name = "working_days")
    public Integer workingDays;

    public String note;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public DeadlinePolicy.Allowance allowance() {
        return new DeadlinePolicy.Allowance(
                officeTimeSeconds == null ? null : Duration.ofSeconds(officeTimeSeconds), workingDays);
    }
}
