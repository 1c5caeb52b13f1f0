package gov.chuangcheng.accountability.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** A unit's request for a later deadline (延期申请) and the office's decision. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends OrderRequest {

    public enum Status {
        PENDING("待审批"),
        APPROVED("已批准"),
        REJECTED("已驳回");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    @Column(name = "working_days")
    public int workingDays;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "previous_deadline")
    public Instant previousDeadline;
    @Column(name = "new_deadline")
    public Instant newDeadline;

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
        return "extension request";
    }

    void decide(boolean approve, String by, Instant at, String comment) {
        checkDecidable(by, !approve, comment);
        status = approve ? Status.APPROVED : Status.REJECTED;
        decided(by, at, comment);
    }
}
