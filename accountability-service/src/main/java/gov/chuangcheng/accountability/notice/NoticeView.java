package gov.chuangcheng.accountability.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A 通报 as the API shows it and the document renders it: the elements of GB/T 9704 that fit — 发文机关 (issuer),
 * 发文字号, 标题, 主送, 正文 (导语, the units, 要求), 署名, 成文日期, 抄送, 印发机关和日期. A draft has no number or
 * date yet and shows its content as the data stand now; an issued notice shows it as issued.
 *
 * @param correction     for a correction, the sentence naming the 文号 it corrects (更正); null otherwise
 * @param mainRecipients 主送 as written: 各责任单位, or the names of the units named
 * @param copyRecipients 抄送 as written, e.g. 区委、区政府领导
 * @param issueDate      成文日期; null for a draft
 * @param issueWritten   成文日期 as written, 2026年12月8日; null for a draft
 * @param weeklyOf       the Monday of the week, for the weekly draft the system prepared; null otherwise
 */
public record NoticeView(
        String id,
        NoticeStatus status,
        String statusName,
        String issuerName,
        String documentNumber,
        String title,
        String periodKind,
        LocalDate from,
        LocalDate to,
        String periodWritten,
        Addressee addressee,
        String mainRecipients,
        String correction,
        String corrects,
        String correctsNumber,
        String lead,
        NoticeContent content,
        String demands,
        LocalDate issueDate,
        String issueWritten,
        String copyRecipients,
        OffsetDateTime issuedAt,
        String issuedBy,
        OffsetDateTime createdAt,
        String createdBy,
        LocalDate weeklyOf,
        long version) {

    /** A line of a list of notices. */
    public record Summary(
            String id,
            NoticeStatus status,
            String statusName,
            String documentNumber,
            String title,
            String periodKind,
            LocalDate from,
            LocalDate to,
            LocalDate issueDate,
            LocalDate weeklyOf,
            OffsetDateTime createdAt,
            long version) {}

    /** The units named, for whom the notice is addressed to when it names them. */
    List<String> unitNames() {
        return content.units().stream().map(NoticeContent.UnitSection::unitName).toList();
    }
}
