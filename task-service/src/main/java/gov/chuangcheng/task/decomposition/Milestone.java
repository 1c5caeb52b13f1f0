package gov.chuangcheng.task.decomposition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A milestone (节点) of a task: a name, the date it is due and whether it is done. */
@Embeddable
public class Milestone {
    public String name;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public boolean done;
}
