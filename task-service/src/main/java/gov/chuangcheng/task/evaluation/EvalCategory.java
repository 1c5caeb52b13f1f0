package gov.chuangcheng.task.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A category (测评项目) of one version of the evaluation system. */
@Entity
@Table(name = "eval_category")
@IdClass(EvalKey.class)
public class EvalCategory extends PanacheEntityBase {

    @Id
    @Column(name = "version")
    public String systemVersion;

    @Id
    public String code;

    public String name;
    /** position in the version, counted across the whole tree */
    public int ordinal;
}
