package gov.chuangcheng.task.decomposition;

import gov.chuangcheng.task.campaign.CampaignService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/** The evaluation date of the current campaign (创建周期). */
@ApplicationScoped
public class CampaignEvaluationDay implements EvaluationDay {

    private final CampaignService campaigns;

    public CampaignEvaluationDay(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Optional<LocalDate> date() {
        return campaigns.current().map(c -> c.evaluationDate);
    }
}
