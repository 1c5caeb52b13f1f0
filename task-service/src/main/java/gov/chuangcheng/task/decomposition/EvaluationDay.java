package gov.chuangcheng.task.decomposition;

import java.time.LocalDate;
import java.util.Optional;

/** The day of the evaluation (测评) the campaign works towards, if the office has set up the campaign. */
public interface EvaluationDay {

    Optional<LocalDate> date();
}
