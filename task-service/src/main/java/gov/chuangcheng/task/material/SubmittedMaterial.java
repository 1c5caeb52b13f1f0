package gov.chuangcheng.task.material;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file a unit filed for a standard (报送材料): which standard and expected material it is, whose it is, what the
 * content is; its bytes are in the {@link MaterialStore}. Its status follows the office's latest {@link MaterialReview}.
 */
@Entity
@Table(name = "material")
public class SubmittedMaterial extends PanacheEntityBase {

    @Id
    public String id;

    /** The version of the evaluation system that was active when it was filed. */
    public String version;

    @Column(name = "standard_code")
    public String standardCode;

    /** The expected material (应报材料) it is; null when the standard lists none. */
    @Column(name = "expected_name")
    public String expectedName;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "unit_code")
    public String unitCode;

    public String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    public MaterialType fileType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** The client's name for the file, cleaned ({@link gov.chuangcheng.platform.files.FileNames}); a label only. */
    @Column(name = "file_name")
    public String fileName;

    public String note;

    @Enumerated(EnumType.STRING)
    public MaterialStatus status;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** Records the office's decision: the status is the latest decision's. */
    void decided(MaterialDecision decision) {
        status = decision.status();
    }

    boolean reviewed() {
        return status != MaterialStatus.SUBMITTED;
    }
}
