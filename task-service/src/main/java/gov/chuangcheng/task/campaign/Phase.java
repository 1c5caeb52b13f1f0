package gov.chuangcheng.task.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A phase of the campaign (e.g. 动员部署, 集中攻坚, 迎检冲刺), inclusive dates. */
@Embeddable
public class Phase {
    public String name;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
