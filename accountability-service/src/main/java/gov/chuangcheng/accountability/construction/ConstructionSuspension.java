package gov.chuangcheng.accountability.construction;

import gov.chuangcheng.accountability.storage.StringListConverter;
import gov.chuangcheng.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 施工挂起: the clocks of the open orders at some points stand for a construction until its end date, then run again on
 * their own. It ends once: at its time, or earlier by the office's hand.
 */
@Entity
@Table(name = "construction_suspension")
public class ConstructionSuspension extends PanacheEntityBase {

    @Id
    private String id;

    @Convert(converter = StringListConverter.class)
    @Column(name = "point_ids")
    private List<String> pointIds;

    private String reason;

    @Column(name = "until_date")
    private LocalDate until;

    @Column(name = "resume_at")
    private Instant resumeAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "order_count")
    private int orderCount;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Version
    private long version;

    protected ConstructionSuspension() {
        // for Hibernate
    }

    static ConstructionSuspension start(
            String id, List<String> pointIds, String reason, LocalDate until, Instant resumeAt, String by, Instant at) {
        ConstructionSuspension c = new ConstructionSuspension();
        c.id = id;
        c.pointIds = List.copyOf(pointIds);
        c.reason = reason;
        c.until = until;
        c.resumeAt = resumeAt;
        c.createdBy = by;
        c.createdAt = at;
        return c;
    }

    void stopped(int orders) {
        orderCount = orders;
    }

    /** Ends it (恢复计时); 409 when it has ended already. */
    void end(String by, Instant at) {
        if (endedAt != null) {
            throw ProblemException.conflict("this construction suspension ended already");
        }
        endedAt = at;
        endedBy = by;
    }

    public String id() {
        return id;
    }

    public List<String> pointIds() {
        return pointIds;
    }

    public String reason() {
        return reason;
    }

    public LocalDate until() {
        return until;
    }

    public Instant resumeAt() {
        return resumeAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int orderCount() {
        return orderCount;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public long version() {
        return version;
    }
}
