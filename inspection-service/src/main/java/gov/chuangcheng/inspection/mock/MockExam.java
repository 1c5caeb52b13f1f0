package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A mock exam (模拟测评): one sampling draw of declared points for a day, as it was drawn, and the patrol plans it
 * became. Never edited: its score is computed from the inspections of its points whenever it is read.
 */
@Entity
@Table(name = "mock_exam")
public class MockExam extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The day of the mock exam, on which the drawn points are patrolled (Asia/Shanghai). */
    @Column(name = "exam_date")
    public LocalDate date;

    public long seed;

    /** The office gave no seed: the service chose this one, kept so that the draw can be re-done. */
    @Column(name = "seed_generated")
    public boolean seedGenerated;

    @Column(name = "exclude_last_draws")
    public int excludeLastDraws;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "mock_exam_quota", joinColumns = @JoinColumn(name = "mock_exam_id"))
    @OrderColumn(name = "position")
    public List<Quota> quotas = new ArrayList<>();

    /** The drawn points in drawn order. */
    @ElementCollection
    @CollectionTable(name = "mock_exam_point", joinColumns = @JoinColumn(name = "mock_exam_id"))
    @OrderColumn(name = "position")
    public List<DrawnPoint> points = new ArrayList<>();

    /** One type's quota and what it was drawn from. */
    @Embeddable
    public static class Quota {
        @Enumerated(EnumType.STRING)
        @Column(name = "point_type")
        public PointType type;

        public int quota;
        /** Declared active points of the type at the draw. */
        public int declared;
        /** Of those, drawn in the last draws and so left out. */
        public int excluded;
    }

    /** A drawn point, the inspector it was given to and the patrol plan that holds it. */
    @Embeddable
    public static class DrawnPoint {
        @Column(name = "point_id")
        public UUID pointId;

        @Enumerated(EnumType.STRING)
        @Column(name = "point_type")
        public PointType type;

        public String inspector;

        @Column(name = "plan_id")
        public UUID planId;
    }

    /** The inspectors of the draw, in the order they were given points (the request's order). */
    public List<String> inspectors() {
        return points.stream().map(p -> p.inspector).distinct().toList();
    }
}
