package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.events.EscalationLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One version of the office's escalation ladder for a severity or a standard. Never changed but to retire it: a change
 * is a new row, and the orders opened under this one keep it.
 */
@Entity
@Table(name = "ladder_policy")
public class LadderPolicy extends PanacheEntityBase {

    /** What a ladder is set for. */
    public enum Scope {
        SEVERITY,
        STANDARD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Scope scope;

    @Column(name = "scope_key")
    public String scopeKey;

    @Column(name = "reminder_before")
    public String reminderBefore;

    @Column(name = "notice_after")
    public String noticeAfter;

    @Column(name = "talk_after")
    public String talkAfter;

    @Column(name = "accountability_after")
    public String accountabilityAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "top_level")
    public EscalationLevel top;

    public String note;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "retired_by")
    public String retiredBy;

    public EscalationLadder ladder() {
        return new EscalationLadder(
                Duration.parse(reminderBefore),
                Delay.parse(noticeAfter),
                Delay.parse(talkAfter),
                Delay.parse(accountabilityAfter),
                top);
    }
}
