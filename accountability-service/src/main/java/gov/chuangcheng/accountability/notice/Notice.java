package gov.chuangcheng.accountability.notice;

import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A 通报: a draft for a period whose framing text (导语, 要求, 主送, 抄送) the office edits, then issued (签发) once with
 * its 发文字号 and the content as it stood, and never changed again (the database refuses it too).
 */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private NoticeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    private Period.Kind periodKind;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    private String lead;
    private String demands;

    @Enumerated(EnumType.STRING)
    private Addressee addressee;

    @Column(name = "copy_recipients")
    private String copyRecipients;

    private String corrects;

    @Column(name = "weekly_of")
    private LocalDate weeklyOf;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "serial_year")
    private Integer serialYear;

    private Integer serial;

    @Column(name = "document_number")
    private String documentNumber;

    private String title;

    /** The content as issued, JSON of {@link NoticeContent}. */
    private String content;

    @Version
    private long version;

    protected Notice() {}

    /** A new draft for {@code period}; {@code corrects} the id of the issued notice it corrects, or null. */
    static Notice draft(
            String id, Period period, Framing framing, String corrects, LocalDate weeklyOf, Instant at, String by) {
        Notice n = new Notice();
        n.id = id;
        n.status = NoticeStatus.DRAFT;
        n.periodKind = period.kind();
        n.periodFrom = period.from();
        n.periodTo = period.to();
        n.frame(framing);
        n.corrects = corrects;
        n.weeklyOf = weeklyOf;
        n.createdAt = at;
        n.createdBy = by;
        n.updatedAt = at;
        n.updatedBy = by;
        return n;
    }

    /** The office's text around the assembled content. */
    record Framing(String lead, String demands, Addressee addressee, String copyRecipients) {}

    /** Edits the framing text of a draft: 409 once issued. */
    void edit(Framing framing, Instant at, String by) {
        requireDraft();
        frame(framing);
        updatedAt = at;
        updatedBy = by;
    }

    /** 签发: gives the draft its number and date and keeps its content as it stands; 409 when issued already. */
    void issue(NoticeNumber number, String title, String content, Instant at, LocalDate day, String by) {
        requireDraft();
        status = NoticeStatus.ISSUED;
        serialYear = number.year();
        serial = number.serial();
        documentNumber = number.written();
        this.title = title;
        this.content = content;
        issuedAt = at;
        issueDate = day;
        issuedBy = by;
        updatedAt = at;
        updatedBy = by;
    }

    void requireDraft() {
        if (status == NoticeStatus.ISSUED) {
            throw ProblemException.conflict("通报" + documentNumber + "已签发，不能再修改；如需更正，请新建一份更正通报（corrects）");
        }
    }

    private void frame(Framing f) {
        lead = f.lead();
        demands = f.demands();
        addressee = f.addressee();
        copyRecipients = f.copyRecipients();
    }

    Framing framing() {
        return new Framing(lead, demands, addressee, copyRecipients);
    }

    Period period(ZoneId zone) {
        return new Period(periodKind, periodFrom, periodTo, zone);
    }

    public String id() {
        return id;
    }

    public NoticeStatus status() {
        return status;
    }

    public boolean issued() {
        return status == NoticeStatus.ISSUED;
    }

    public String corrects() {
        return corrects;
    }

    public LocalDate weeklyOf() {
        return weeklyOf;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public long version() {
        return version;
    }
}
