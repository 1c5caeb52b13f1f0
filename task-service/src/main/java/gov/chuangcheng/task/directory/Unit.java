package gov.chuangcheng.task.directory;

import gov.chuangcheng.events.directory.UnitKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A responsible unit (责任单位) of the district directory. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    @Column(name = "parent_code")
    public String parentCode;

    public boolean active = true;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "unit_contact", joinColumns = @JoinColumn(name = "unit_code"))
    @OrderColumn(name = "position")
    public List<Contact> contacts = new ArrayList<>();
}
