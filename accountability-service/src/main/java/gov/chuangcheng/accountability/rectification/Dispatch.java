package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.rectification.Assignee;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * 派遣: whom the responsible unit gave its order to inside the unit — a sub-unit (street → community), a named handler
 * (经办人), or both. The assignee sees the order and acts on it; the responsible unit stays accountable in the ledger.
 * All columns null when the order is not dispatched.
 */
@Embeddable
public class Dispatch {

    @Column(name = "assignee_unit_code")
    private String unitCode;

    @Column(name = "assignee_unit_name")
    private String unitName;

    @Column(name = "assignee_username")
    private String username;

    @Column(name = "dispatched_at")
    private Instant at;

    protected Dispatch() {
        // for Hibernate
    }

    Dispatch(String unitCode, String unitName, String username, Instant at) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.username = username;
        this.at = at;
    }

    /** Whether this is a dispatch at all (Hibernate leaves an embedded value of null columns null or empty). */
    boolean present() {
        return at != null;
    }

    public Assignee assignee() {
        return new Assignee(unitCode, unitName, username);
    }

    public String unitCode() {
        return unitCode;
    }

    public String username() {
        return username;
    }

    public Instant at() {
        return at;
    }
}
