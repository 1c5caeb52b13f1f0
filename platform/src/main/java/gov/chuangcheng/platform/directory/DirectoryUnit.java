package gov.chuangcheng.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of this service's directory read model; written only by {@link UnitDirectory#apply}. */
@Entity
@Table(name = "directory_unit")
public class DirectoryUnit {
    @Id
    public String code;

    public String name;
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    public boolean active;
    /** JSON array of {@code UnitContact}. */
    public String contacts;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
