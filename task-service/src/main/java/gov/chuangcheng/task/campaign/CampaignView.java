package gov.chuangcheng.task.campaign;

import java.time.LocalDate;
import java.util.List;

public record CampaignView(
        String name, String evaluationName, LocalDate evaluationDate, long version, List<Countdown.PhaseSpan> phases) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.name, c.evaluationName, c.evaluationDate, c.version, CampaignService.spans(c));
    }
}
