package gov.chuangcheng.accountability.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 发文字号 and the texts that follow from a notice's data. */
class NoticeNumberTest {

    @Test
    void theNumberIsPrefixYearInHexagonalBracketsAndSerial() {
        assertEquals("创城办〔2026〕12号", new NoticeNumber("创城办", 2026, 12).written());
        assertEquals("创城办〔2027〕1号", new NoticeNumber("创城办", 2027, 1).written());
        assertThrows(IllegalArgumentException.class, () -> new NoticeNumber("创城办", 2026, 0));
    }

    @Test
    void titleDatesAndRecipientsAsWritten() {
        assertEquals("关于2026年12月1日至12月7日整改不力单位的通报", NoticeTexts.title("2026年12月1日至12月7日", false));
        assertEquals("关于2026年12月1日至12月7日整改不力单位的通报（更正）", NoticeTexts.title("2026年12月1日至12月7日", true));
        assertEquals("2026年12月8日", NoticeTexts.written(LocalDate.of(2026, 12, 8)));
        assertEquals("各责任单位", NoticeTexts.mainRecipients(Addressee.ALL_UNITS, List.of("区城管局")));
        assertEquals("区城管局、区市场监管局", NoticeTexts.mainRecipients(Addressee.NAMED_UNITS, List.of("区城管局", "区市场监管局")));
        assertEquals("各责任单位", NoticeTexts.mainRecipients(Addressee.NAMED_UNITS, List.of()));
        assertEquals(List.of("区委", "区政府领导"), NoticeTexts.recipients("区委、区政府领导、区委"));
        assertEquals("本通报对创城办〔2026〕12号通报予以更正，原通报同时废止，以本通报为准。", NoticeTexts.correction("创城办〔2026〕12号"));
    }

    @Test
    void theWeeklyDraftIsForThePastMondayToSunday() {
        assertEquals(LocalDate.of(2026, 11, 30), WeeklyNoticeDraft.pastWeek(LocalDate.of(2026, 12, 7))); // a Monday
        assertEquals(LocalDate.of(2026, 11, 30), WeeklyNoticeDraft.pastWeek(LocalDate.of(2026, 12, 13))); // Sunday
        assertEquals(LocalDate.of(2026, 12, 7), WeeklyNoticeDraft.pastWeek(LocalDate.of(2026, 12, 14)));
    }
}
