package gov.chuangcheng.task.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An indicator (测评内容) of one version of the evaluation system. */
@Entity
@Table(name = "eval_indicator")
@IdClass(EvalKey.class)
public class EvalIndicator extends PanacheEntityBase {

    @Id
    @Column(name = "version")
    public String systemVersion;

    @Id
    public String code;

    @Column(name = "category_code")
    public String categoryCode;

    public String name;
    /** position in the version, counted across the whole tree */
    public int ordinal;
}
