package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.inspection.open311.IdListConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an inspector needs to verify a rectification order, kept from its events on {@code cc.rectifications.v1}: the
 * problem and its before-photos, the unit's fix and its after-photos, the deadline and the order's history in short.
 * Kept for every order about a point of this service, since a verification may be requested for any of them.
 */
@Entity
@Table(name = "order_brief")
public class OrderBrief extends PanacheEntityBase {

    /** How many lines of history the brief keeps: the latest ones tell the inspector what matters. */
    static final int HISTORY_LINES = 20;

    @Id
    @Column(name = "order_id")
    public String orderId;

    public String problem;

    @Column(name = "before_evidence_ids")
    @Convert(converter = IdListConverter.class)
    public List<String> beforeEvidenceIds = new ArrayList<>();

    @Column(name = "opened_at")
    public Instant openedAt;

    public String fix;

    @Column(name = "after_evidence_ids")
    @Convert(converter = IdListConverter.class)
    public List<String> afterEvidenceIds = new ArrayList<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public Instant deadline;

    @Column(name = "level_name")
    public String levelName;

    /** Lines such as "12月3日 17:30 立案" in the order they happened. */
    @Convert(converter = IdListConverter.class)
    public List<String> history = new ArrayList<>();

    @Version
    public long version;

    /** The brief of {@code orderId}, new (and persisted) when the order was not seen before. */
    static OrderBrief of(String orderId) {
        OrderBrief brief = findById(orderId);
        if (brief == null) {
            brief = new OrderBrief();
            brief.orderId = orderId;
            brief.persist();
        }
        return brief;
    }

    void line(String text) {
        history.add(text);
        if (history.size() > HISTORY_LINES) {
            history = new ArrayList<>(history.subList(history.size() - HISTORY_LINES, history.size()));
        }
    }
}
