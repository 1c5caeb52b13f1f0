package gov.chuangcheng.accountability.calendar;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.calendar.CalendarPublished;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId districtZone;
    private volatile Built built;

    public CalendarService(EntityManager em, Outbox outbox, Clock clock, ZoneId districtZone) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.districtZone = districtZone;
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

    /**
     * The working calendar over every year the office entered. Every failed item and every sweep needs it, and it
     * changes a few times a year, so the built calendar is kept and rebuilt only when the years' stamp (one
     * aggregate over the few {@code working_calendar} rows) differs: an edit made through another replica is seen by
     * the next call here, without loading every year and its days each time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar() {
        String stamp = stamp();
        Built cached = built;
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.calendar();
        }
        List<CalendarYear> years = CalendarYear.listAll();
        WorkingCalendar calendar =
                WorkingCalendar.of(years.stream().map(CalendarService::toEvent).toList(), districtZone);
        // the stamp was read before the years: an edit committed in between makes the next call rebuild once more,
        // it never leaves an old calendar under a new stamp
        built = new Built(stamp, calendar);
        return calendar;
    }

    /**
     * Years, versions and the latest edit time: a put raises a version (@Version) and sets the time, a new year adds
     * one; years are never deleted. The time tells a committed edit from one rolled back with the same version.
     */
    private String stamp() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(sum(version), 0),
                               coalesce(cast(extract(epoch from max(updated_at)) * 1000000 as bigint), 0)
                        from working_calendar""").getSingleResult();
        return ((Number) row[0]).longValue() + "/" + ((Number) row[1]).longValue() + "/"
                + ((Number) row[2]).longValue();
    }

    private record Built(String stamp, WorkingCalendar calendar) {}

    static CalendarPublished toEvent(CalendarYear y) {
        List<java.time.LocalDate> holidays = y.days.stream()
                .filter(d -> d.kind == CalendarDay.Kind.HOLIDAY)
                .map(d -> d.day)
                .toList();
        List<java.time.LocalDate> makeUps = y.days.stream()
                .filter(d -> d.kind == CalendarDay.Kind.MAKE_UP_WORKDAY)
                .map(d -> d.day)
                .toList();
        return new CalendarPublished(
                y.year,
                y.zone,
                y.officeStart,
                y.officeEnd,
                y.breakStart,
                y.breakEnd,
                holidays,
                makeUps,
                y.allDaysWorking);
    }
}
