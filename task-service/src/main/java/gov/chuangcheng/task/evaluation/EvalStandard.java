package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A standard (测评标准) of one version of the evaluation system. */
@Entity
@Table(name = "eval_standard")
@IdClass(EvalKey.class)
public class EvalStandard extends PanacheEntityBase {

    @Id
    @Column(name = "version")
    public String systemVersion;

    @Id
    public String code;

    @Column(name = "indicator_code")
    public String indicatorCode;

    public String name;

    @Column(name = "full_marks")
    public BigDecimal fullMarks;

    public BigDecimal weight;

    @Enumerated(EnumType.STRING)
    public AssessmentMethod method;
    /** {@link PointType} codes separated by commas; empty unless field-inspected */
    @Column(name = "point_types")
    public String pointTypes;
    /** a survey standard's scoring rule in its canonical text ({@link SurveyScoring}); null without one */
    @Column(name = "survey_scoring")
    public String surveyScoring;

    /** position in the version, counted across the whole tree */
    public int ordinal;

    /** The survey scoring rule, or null when the standard has none. */
    public SurveyScoring surveyScoringRule() {
        return SurveyScoring.ofText(surveyScoring);
    }
    /** Names of the materials units file for it ({@link ExpectedMaterials}), in the catalogue's order; often none. */
    @ElementCollection
    @CollectionTable(
            name = "eval_standard_material",
            joinColumns = {
                @JoinColumn(name = "version", referencedColumnName = "version"),
                @JoinColumn(name = "standard_code", referencedColumnName = "code")
            })
    @OrderColumn(name = "ordinal")
    @Column(name = "name")
    @BatchSize(size = 100) // a page of standards reads its lists in one query, not one each
    public List<String> materials = new ArrayList<>();

    public List<PointType> pointTypeList() {
        return Codes.splitPointTypes(pointTypes);
    }
}
