package gov.chuangcheng.inspection.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded evidence photo (取证照片): who took it, what it is; its bytes are in the {@link EvidenceStore}. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    public String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "image_type")
    public ImageType imageType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** Dimensions as the decoder read them; null for photos kept before they were recorded. */
    @Column(name = "width_px")
    public Integer widthPx;

    @Column(name = "height_px")
    public Integer heightPx;

    /** The client's name for the file, {@linkplain gov.chuangcheng.platform.files.FileNames#cleaned cleaned}; never used as a path. */
    @Column(name = "file_name")
    public String fileName;

    @Column(name = "uploaded_by")
    public String uploadedBy;
    /** The uploader's unit (a department user documenting its fix), null for inspectors. */
    @Column(name = "uploader_unit")
    public String uploaderUnit;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** When the camera took it (EXIF DateTimeOriginal in the district's zone); null when the photo does not say. */
    @Column(name = "taken_at")
    public Instant takenAt;

    /** Where the camera was (EXIF GPS, WGS-84); both null when the photo does not say. */
    @Column(name = "taken_lat")
    public Double takenLat;

    @Column(name = "taken_lon")
    public Double takenLon;
}
