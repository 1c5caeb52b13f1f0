package gov.chuangcheng.events.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.notice.issued.v1}: the campaign office signed and issued (签发) a 通报 — an official document naming the
 * units whose orders reached 通报 or above in a period. Published once per notice, in the issuing transaction; the
 * notice never changes afterwards (a correction is a new notice naming the one it corrects).
 *
 * @param noticeId               id of the notice; the key
 * @param documentNumber         发文字号, e.g. 创城办〔2026〕12号
 * @param title                  标题, e.g. 关于2026年12月1日至12月7日整改不力单位的通报
 * @param periodKind             {@code week}, {@code month} or {@code range}
 * @param from                   first day of the period (district time)
 * @param to                     last day of the period, included
 * @param issuedAt               when it was issued
 * @param issueDate              成文日期, the issue day in the district
 * @param issuedBy               the office user who issued it
 * @param mainRecipientUnitCodes 主送: every unit's code when addressed to 各责任单位, else the units named
 * @param mainRecipients         主送 as the document writes it
 * @param copyRecipients         抄送 as the document writes it, each recipient once (e.g. 区委、区政府领导)
 * @param corrects               document number of the issued notice this one corrects; null otherwise
 * @param units                  the units named (被通报单位), each with its orders, in the document's order
 */
public record NoticeIssued(
        String noticeId,
        String documentNumber,
        String title,
        String periodKind,
        LocalDate from,
        LocalDate to,
        OffsetDateTime issuedAt,
        LocalDate issueDate,
        String issuedBy,
        List<String> mainRecipientUnitCodes,
        String mainRecipients,
        List<String> copyRecipients,
        String corrects,
        List<NoticedUnit> units) {

    public NoticeIssued {
        mainRecipientUnitCodes = mainRecipientUnitCodes == null ? List.of() : List.copyOf(mainRecipientUnitCodes);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);
        units = units == null ? List.of() : List.copyOf(units);
    }
}
