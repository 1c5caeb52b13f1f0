package gov.chuangcheng.task.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The campaign the district runs towards one evaluation day (e.g. the mid-term evaluation 届中测评). */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    /** There is one campaign at a time; its row has this code. */
    public static final String CURRENT = "CURRENT";

    @Id
    public String code;

    public String name;

    @Column(name = "evaluation_name")
    public String evaluationName;

    @Column(name = "evaluation_date")
    public LocalDate evaluationDate;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @ElementCollection
    @CollectionTable(name = "campaign_phase", joinColumns = @JoinColumn(name = "campaign_code"))
    @OrderColumn(name = "position")
    public List<Phase> phases = new ArrayList<>();
}
