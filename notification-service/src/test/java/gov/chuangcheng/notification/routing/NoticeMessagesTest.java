package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.notification.routing.CleanText.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notice.NoticeIssued;
import gov.chuangcheng.events.notice.NoticedOrder;
import gov.chuangcheng.events.notice.NoticedUnit;
import gov.chuangcheng.events.notification.NotificationChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An issued 通报 as each of its readers reads it: the unit it names, a unit it is addressed to, a leader. */
class NoticeMessagesTest {

    private final MessageRenderer renderer = new MessageRenderer(ZoneId.of("Asia/Shanghai"));

    static final NoticeIssued NOTICE = new NoticeIssued(
            "n-1",
            "创城办〔2026〕12号",
            "关于2026年12月1日至12月7日整改不力单位的通报",
            "week",
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 7),
            OffsetDateTime.parse("2026-12-08T10:00:00+08:00"),
            LocalDate.of(2026, 12, 8),
            "office1",
            List.of("CGJ", "SCJGJ", "JD01"),
            "各责任单位",
            List.of("区委、区政府领导"),
            null,
            List.of(
                    new NoticedUnit(
                            "CGJ",
                            "区城管局",
                            new BigDecimal("-7.00"),
                            List.of(
                                    new NoticedOrder(
                                            "o-1",
                                            "ZG-2026-000123",
                                            "城关农贸市场",
                                            "生熟未分区",
                                            EscalationLevel.NOTICE,
                                            "12月1日提醒、12月2日督办后逾期仍未整改，12月3日升级为通报"),
                                    new NoticedOrder(
                                            "o-2",
                                            "ZG-2026-000124",
                                            "解放路",
                                            "占道经营",
                                            EscalationLevel.TALK,
                                            "复查未通过，升级为通报"))),
                    new NoticedUnit("SCJGJ", "区市场监管局", new BigDecimal("-2"), List.of())));

    private static Delivery to(String unitCode, String unitName) {
        return new Delivery("u1", NotificationChannel.MAIL, "张三", ContactRole.LIAISON, unitCode, unitName);
    }

    private RenderedMessage render(Delivery delivery) {
        RenderedMessage m = renderer.render(RoutedEvents.facts("e-1", "cc.notice.issued.v1", NOTICE), delivery);
        assertClean(m);
        return m;
    }

    @Test
    void theUnitNamedReadsItsOwnOrdersItsDeductionAndWhatToDo() {
        RenderedMessage m = render(to("CGJ", "区城管局"));
        assertEquals("【通报】您单位被通报2件整改单", m.title());
        assertEquals("""
                创城办已印发《关于2026年12月1日至12月7日整改不力单位的通报》（创城办〔2026〕12号），通报区城管局、区市场监管局共2个单位的2件整改单。
                您单位被通报2件，本期扣7分：
                （1）ZG-2026-000123「城关农贸市场」：生熟未分区（12月1日提醒、12月2日督办后逾期仍未整改，12月3日升级为通报）
                （2）ZG-2026-000124「解放路」：占道经营（复查未通过，升级为通报）
                请按通报要求认真整改，并将整改情况报区创城办。
                全文可在创城工作平台“通报”栏目查阅。""", m.body());
    }

    @Test
    void aUnitAddressedButNotNamedChecksItselfAgainstIt() {
        RenderedMessage m = render(to("JD01", "城关街道"));
        assertEquals("【通报】创城办〔2026〕12号已印发", m.title());
        assertEquals("""
                创城办已印发《关于2026年12月1日至12月7日整改不力单位的通报》（创城办〔2026〕12号），通报区城管局、区市场监管局共2个单位的2件整改单。
                请组织学习，对照排查本单位同类问题。
                全文可在创城工作平台“通报”栏目查阅。""", m.body());
    }

    @Test
    void aLeaderItIsCopiedToIsInformedWithNoCallToAct() {
        RenderedMessage m = render(to("LD", "区领导"));
        assertEquals("""
                创城办已印发《关于2026年12月1日至12月7日整改不力单位的通报》（创城办〔2026〕12号），通报区城管局、区市场监管局共2个单位的2件整改单。
                特此告知。
                全文可在创城工作平台“通报”栏目查阅。""", m.body());
    }
}
