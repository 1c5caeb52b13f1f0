package gov.chuangcheng.accountability.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An evidence photo as {@code cc.evidence.uploaded.v1} told it: its digest, who uploaded it when, and what its EXIF
 * says (time taken, position; null when the photo does not say). Written once per photo; an event seen again changes
 * nothing.
 */
@Entity
@Table(name = "known_evidence")
public class KnownEvidence extends PanacheEntityBase {

    @Id
    @Column(name = "evidence_id")
    public String evidenceId;

    public String sha256;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Column(name = "taken_at")
    public Instant takenAt;

    public Double lat;
    public Double lon;

    /** The plain value of this row, for rules and other features. */
    public KnownPhoto photo() {
        return new KnownPhoto(evidenceId, sha256, uploadedBy, uploadedAt, takenAt, lat, lon);
    }
}
