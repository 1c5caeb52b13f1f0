package gov.chuangcheng.accountability.notice;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.notice.NoticeIssued;
import gov.chuangcheng.events.notice.NoticedOrder;
import gov.chuangcheng.events.notice.NoticedUnit;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** Drafts, edits and issues (签发) 通报; issuing numbers the notice, freezes it and publishes it through the outbox. */
@ApplicationScoped
public class NoticeService {

    private final EntityManager em;
    private final NoticeReader reader;
    private final NoticeSources sources;
    private final NoticeSerials serials;
    private final NoticeConfig config;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    public NoticeService(
            EntityManager em,
            NoticeReader reader,
            NoticeSources sources,
            NoticeSerials serials,
            NoticeConfig config,
            Outbox outbox,
            Clock clock,
            ZoneId zone) {
        this.em = em;
        this.reader = reader;
        this.sources = sources;
        this.serials = serials;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * A new draft for {@code period} (the corrected notice's when null and {@code corrects} is given) with the
     * default framing text; {@code corrects} must name an issued notice (400 unknown, 409 a draft).
     */
    @Transactional
    public NoticeView draft(Period period, String corrects, String by) {
        Period of = period;
        if (corrects != null) {
            Notice corrected = Notice.<Notice>findByIdOptional(corrects)
                    .orElseThrow(() -> ProblemException.invalid("corrects", "没有这份通报：" + corrects));
            if (!corrected.issued()) {
                throw ProblemException.conflict("只能更正已签发的通报，" + corrects + "尚是草稿：请直接修改该草稿");
            }
            of = of == null ? corrected.period(zone) : of;
        }
        if (of == null) {
            throw ProblemException.invalid("period", "请指定统计期间（period=week|month|range，date或from/to）");
        }
        Notice n = Notice.draft(UUID.randomUUID().toString(), of, defaults(of), corrects, null, clock.instant(), by);
        n.persist();
        return reader.view(n);
    }

    /**
     * The weekly draft for the week starting {@code monday}, once: the week's unique key makes a second attempt —
     * a restart, another replica — insert nothing. Returns the id when this call prepared it.
     */
    @Transactional
    public Optional<String> weekly(LocalDate monday) {
        Period week = Period.week(monday, zone);
        Notice.Framing f = defaults(week);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                        insert into notice (id, status, period_kind, period_from, period_to, lead, demands, addressee,
                            copy_recipients, weekly_of, created_at, created_by, updated_at, updated_by)
                        values (?1, 'DRAFT', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'system', ?10, 'system')
                        on conflict (weekly_of) do nothing""")
                .setParameter(1, id)
                .setParameter(2, week.kind().name())
                .setParameter(3, week.from())
                .setParameter(4, week.to())
                .setParameter(5, f.lead())
                .setParameter(6, f.demands())
                .setParameter(7, f.addressee().name())
                .setParameter(8, f.copyRecipients())
                .setParameter(9, week.from())
                .setParameter(10, now)
                .executeUpdate();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Edits a draft's framing text: 404 unknown, 428/412 without the current ETag, 409 once issued. */
    @Transactional
    public NoticeView edit(String id, NoticeRequest edit, String ifMatch, String by) {
        Notice n = em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            throw ProblemException.notFound("notice", id);
        }
        n.requireDraft();
        Versions.requireMatch(ifMatch, n.version());
        Notice.Framing f = n.framing();
        n.edit(
                new Notice.Framing(
                        edit.lead() == null ? f.lead() : edit.lead().strip(),
                        edit.demands() == null ? f.demands() : edit.demands().strip(),
                        edit.addressee() == null ? f.addressee() : edit.addressee(),
                        edit.copyRecipients() == null
                                ? f.copyRecipients()
                                : edit.copyRecipients().strip()),
                clock.instant(),
                by);
        em.flush();
        return reader.view(n);
    }

    /**
     * 签发: the draft gets the next 发文字号 of the year, today's date and its content as it stands, all frozen, and
     * {@code cc.notice.issued.v1} is published in the same transaction. The draft's row lock makes a second issuance
     * of it wait and then refuse (409); {@code ifMatch}, when sent, must be its current ETag.
     */
    @Transactional
    public NoticeView issue(String id, String ifMatch, String by) {
        Notice n = em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            throw ProblemException.notFound("notice", id);
        }
        n.requireDraft();
        if (ifMatch != null && !ifMatch.isBlank()) {
            Versions.requireMatch(ifMatch, n.version());
        }
        Period period = n.period(zone);
        NoticeContent content = sources.assemble(period);
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, zone);
        NoticeNumber number = new NoticeNumber(config.numberPrefix(), day.getYear(), serials.next(day.getYear()));
        String title = NoticeTexts.title(period.written(), n.corrects() != null);
        n.issue(number, title, reader.write(content), now, day, by);
        em.flush();
        NoticeView view = reader.view(n);
        outbox.publish(EventCatalog.NOTICE_ISSUED, n.id(), event(view));
        return view;
    }

    private NoticeIssued event(NoticeView v) {
        return new NoticeIssued(
                v.id(),
                v.documentNumber(),
                v.title(),
                v.periodKind(),
                v.from(),
                v.to(),
                v.issuedAt() == null ? OffsetDateTime.ofInstant(clock.instant(), zone) : v.issuedAt(),
                v.issueDate(),
                v.issuedBy(),
                v.addressee() == Addressee.NAMED_UNITS && !v.content().units().isEmpty()
                        ? v.content().units().stream()
                                .map(NoticeContent.UnitSection::unitCode)
                                .toList()
                        : sources.allUnitCodes(),
                v.mainRecipients(),
                NoticeTexts.recipients(v.copyRecipients()),
                v.correctsNumber(),
                v.content().units().stream()
                        .map(u -> new NoticedUnit(
                                u.unitCode(),
                                u.unitName(),
                                u.deducted(),
                                u.orders().stream()
                                        .map(o -> new NoticedOrder(
                                                o.orderId(),
                                                o.number(),
                                                o.pointName(),
                                                o.problem(),
                                                o.level(),
                                                o.escalation()))
                                        .toList()))
                        .toList());
    }

    private Notice.Framing defaults(Period period) {
        return new Notice.Framing(
                NoticeTexts.fill(config.defaultLead(), period.written(), config.issuerName()),
                NoticeTexts.fill(config.defaultDemands(), period.written(), config.issuerName()),
                Addressee.ALL_UNITS,
                config.defaultCopyRecipients());
    }
}
