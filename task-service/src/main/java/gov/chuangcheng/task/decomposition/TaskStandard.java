package gov.chuangcheng.task.decomposition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A standard (测评标准) a task serves, as the active evaluation system named it when it was attached to the task. The
 * first standard of a task is its primary one (the one its events name).
 */
@Embeddable
public class TaskStandard {
    @Column(name = "standard_code")
    public String code;

    @Column(name = "standard_name")
    public String name;

    @Column(name = "indicator_code")
    public String indicatorCode;

    public TaskStandard() {}

    public TaskStandard(String code, String name, String indicatorCode) {
        this.code = code;
        this.name = name;
        this.indicatorCode = indicatorCode;
    }
}
