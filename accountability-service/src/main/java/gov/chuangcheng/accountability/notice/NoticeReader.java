package gov.chuangcheng.accountability.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.period.Period;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads notices: an issued one as it was issued, a draft with its content assembled now. A reader who may not see
 * drafts (a department) gets issued notices only, and a draft is unknown to it (404, not 403).
 */
@ApplicationScoped
public class NoticeReader {

    private final NoticeSources sources;
    private final NoticeConfig config;
    private final ObjectMapper json;
    private final ZoneId zone;

    public NoticeReader(NoticeSources sources, NoticeConfig config, ObjectMapper json, ZoneId zone) {
        this.sources = sources;
        this.config = config;
        this.json = json;
        this.zone = zone;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NoticeView> find(String id, boolean draftsToo) {
        return Notice.<Notice>findByIdOptional(id)
                .filter(n -> draftsToo || n.issued())
                .map(this::view);
    }

    /** Notices newest first, of {@code status} when given; issued ones only unless {@code draftsToo}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NoticeView.Summary> list(NoticeStatus status, boolean draftsToo, PageRequest paging) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (!draftsToo) {
            q.append(" and status = :issued");
            p.and("issued", NoticeStatus.ISSUED);
        }
        return Page.of(
                Notice.<Notice>find(q.toString(), Sort.descending("createdAt").and("id"), p), paging, this::summary);
    }

    NoticeView view(Notice n) {
        Period period = n.period(zone);
        NoticeContent content = n.issued() ? parse(n.content()) : sources.assemble(period);
        Notice.Framing f = n.framing();
        String correctsNumber = n.corrects() == null
                ? null
                : Notice.<Notice>findByIdOptional(n.corrects())
                        .map(Notice::documentNumber)
                        .orElse(null);
        return new NoticeView(
                n.id(),
                n.status(),
                n.status().displayName(),
                config.issuerName(),
                n.documentNumber(),
                n.issued() ? n.title() : NoticeTexts.title(period.written(), n.corrects() != null),
                period.kind().parameter(),
                period.from(),
                period.to(),
                period.written(),
                f.addressee(),
                NoticeTexts.mainRecipients(
                        f.addressee(),
                        content.units().stream()
                                .map(NoticeContent.UnitSection::unitName)
                                .toList()),
                correctsNumber == null ? null : NoticeTexts.correction(correctsNumber),
                n.corrects(),
                correctsNumber,
                f.lead(),
                content,
                f.demands(),
                n.issueDate(),
                n.issueDate() == null ? null : NoticeTexts.written(n.issueDate()),
                f.copyRecipients(),
                at(n.issuedAt()),
                n.issuedBy(),
                at(n.createdAt()),
                n.createdBy(),
                n.weeklyOf(),
                n.version());
    }

    private NoticeView.Summary summary(Notice n) {
        Period period = n.period(zone);
        return new NoticeView.Summary(
                n.id(),
                n.status(),
                n.status().displayName(),
                n.documentNumber(),
                n.issued() ? n.title() : NoticeTexts.title(period.written(), n.corrects() != null),
                period.kind().parameter(),
                period.from(),
                period.to(),
                n.issueDate(),
                n.weeklyOf(),
                at(n.createdAt()),
                n.version());
    }

    String write(NoticeContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice's content cannot be written", e);
        }
    }

    private NoticeContent parse(String content) {
        try {
            return json.readValue(content, NoticeContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an issued notice's content cannot be read", e);
        }
    }

    private OffsetDateTime at(java.time.Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, zone);
    }
}
