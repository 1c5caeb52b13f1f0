package gov.chuangcheng.accountability.calendar;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.calendar.CalendarPublished;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Owns the working calendar: the office edits a year, every edit is published on {@code cc.calendar.v1}, and
 * deadlines and escalation delays are computed on {@link #calendar()}.
 */
@ApplicationScoped
public class CalendarService {

    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId districtZone;

    public CalendarService(Outbox outbox, Clock clock,
                           @ConfigProperty(name = "cc.calendar.zone", defaultValue = "Asia/Shanghai") String zone) {
        this.outbox = outbox;
        this.clock = clock;
        this.districtZone = ZoneId.of(zone);
    }

    @Transactional
    public CalendarYear put(int year, String ifMatch, CalendarRequest request, String by) {
        List<Problem.FieldError> errors = CalendarRules.check(year, request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        CalendarYear entity = CalendarYear.findById(year);
        if (entity == null) {
            entity = new CalendarYear();
            entity.year = year;
        } else {
            Versions.requireMatch(ifMatch, entity.version);
        }
        entity.zone = request.zone() == null ? districtZone.getId() : request.zone();
        entity.allDaysWorking = request.allDaysWorking();
        entity.officeStart = request.allDaysWorking() ? null : request.officeStart();
        entity.officeEnd = request.allDaysWorking() ? null : request.officeEnd();
        entity.breakStart = request.allDaysWorking() ? null : request.breakStart();
        entity.breakEnd = request.allDaysWorking() ? null : request.breakEnd();
        entity.updatedAt = clock.instant();
        entity.updatedBy = by;
        entity.days.clear();
        if (request.days() != null) {
            for (CalendarRequest.Day d : request.days()) {
                CalendarDay day = new CalendarDay();
                day.day = d.date();
                day.kind = d.kind();
                day.name = d.name();
                entity.days.add(day);
            }
        }
        entity.persist();
        outbox.publish(EventCatalog.CALENDAR_PUBLISHED, Integer.toString(year), toEvent(entity));
        return entity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CalendarYear> find(int year) {
        return CalendarYear.findByIdOptional(year);
    }

    /** The working calendar over every year the office entered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar() {
        List<CalendarYear> years = CalendarYear.listAll();
        return WorkingCalendar.of(years.stream().map(CalendarService::toEvent).toList(), districtZone);
    }

    static CalendarPublished toEvent(CalendarYear y) {
        List<java.time.LocalDate> holidays = y.days.stream().filter(d -> d.kind == CalendarDay.Kind.HOLIDAY)
                .map(d -> d.day).toList();
        List<java.time.LocalDate> makeUps = y.days.stream().filter(d -> d.kind == CalendarDay.Kind.MAKE_UP_WORKDAY)
                .map(d -> d.day).toList();
        return new CalendarPublished(y.year, y.zone, y.officeStart, y.officeEnd, y.breakStart, y.breakEnd, holidays,
                makeUps, y.allDaysWorking);
    }
}
