package gov.chuangcheng.accountability.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A unit's request to stop an order's clock (缓办申请, e.g. the work needs a permit or waits for the weather) and the
 * office's decision; an approved one suspends the order (挂起) until the office resumes it.
 */
@Entity
@Table(name = "suspension_request")
public class SuspensionRequest extends OrderRequest {

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

    @Enumerated(EnumType.STRING)
    public Status status;

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
        return "suspension request";
    }

    void decide(boolean approve, String by, Instant at, String comment) {
        checkDecidable(by, !approve, comment);
        status = approve ? Status.APPROVED : Status.REJECTED;
        decided(by, at, comment);
    }
}
