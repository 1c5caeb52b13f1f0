package gov.chuangcheng.task.campaign;

import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.task.calendar.CalendarReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CampaignService {

    private final CalendarReadModel calendar;
    private final Clock clock;

    public CampaignService(CalendarReadModel calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Campaign put(String ifMatch, CampaignRequest request, String by) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<CampaignRequest.PhaseRequest> phases = request.phases() == null ? List.of() : request.phases();
        for (int i = 0; i < phases.size(); i++) {
            CampaignRequest.PhaseRequest p = phases.get(i);
            if (p.endsOn().isBefore(p.startsOn())) {
                errors.add(new Problem.FieldError("phases[" + i + "].endsOn", "is before startsOn"));
            }
            if (p.endsOn().isAfter(request.evaluationDate())) {
                errors.add(new Problem.FieldError("phases[" + i + "].endsOn", "is after the evaluation date"));
            }
            if (i > 0 && !p.startsOn().isAfter(phases.get(i - 1).endsOn())) {
                errors.add(new Problem.FieldError("phases[" + i + "].startsOn", "overlaps the phase before"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Campaign c = Campaign.findById(Campaign.CURRENT);
        if (c == null) {
            c = new Campaign();
            c.code = Campaign.CURRENT;
        } else {
            Versions.requireMatch(ifMatch, c.version);
        }
        c.name = request.name().trim();
        c.evaluationName = request.evaluationName().trim();
        c.evaluationDate = request.evaluationDate();
        c.updatedAt = clock.instant();
        c.updatedBy = by;
        c.phases.clear();
        for (CampaignRequest.PhaseRequest p : phases) {
            Phase phase = new Phase();
            phase.name = p.name().trim();
            phase.startsOn = p.startsOn();
            phase.endsOn = p.endsOn();
            c.phases.add(phase);
        }
        c.persist();
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Campaign> current() {
        return Campaign.findByIdOptional(Campaign.CURRENT);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Countdown> countdown() {
        return current().map(c -> {
            var workingCalendar = calendar.calendar();
            LocalDate today = LocalDate.now(clock.withZone(workingCalendar.zone()));
            return Countdown.of(c.name, c.evaluationName, c.evaluationDate, today, workingCalendar, spans(c));
        });
    }

    static List<Countdown.PhaseSpan> spans(Campaign c) {
        return c.phases.stream()
                .map(p -> new Countdown.PhaseSpan(p.name, p.startsOn, p.endsOn))
                .toList();
    }
}
