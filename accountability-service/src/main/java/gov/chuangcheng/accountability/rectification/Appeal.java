package gov.chuangcheng.accountability.rectification;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A unit's appeal (申诉) against an order, and the office's decision. */
@Entity
@Table(name = "appeal")
@AttributeOverride(name = "requestedBy", column = @Column(name = "appealed_by"))
@AttributeOverride(name = "requestedAt", column = @Column(name = "appealed_at"))
public class Appeal extends OrderRequest {

    public enum Status {
        PENDING("待裁定"),
        UPHELD("申诉成立"),
        REJECTED("申诉驳回");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "suspended_order")
    public boolean suspendedOrder;
    /** The unit's evidence (photos, documents) for its grounds. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "evidence_ids")
    public List<String> evidenceIds = new ArrayList<>();

    @Override
    public boolean pending() {
        return status == Status.PENDING;
    }

    @Override
    public String statusName() {
        return status.displayName();
    }

    @Override
    protected String kind() {
        return "appeal";
    }

    void decide(boolean upheld, String by, Instant at, String comment) {
        checkDecidable(by, !upheld, comment);
        status = upheld ? Status.UPHELD : Status.REJECTED;
        decided(by, at, comment);
    }
}
