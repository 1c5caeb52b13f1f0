package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.notification.routing.CleanText.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationChangeRequested;
import gov.chuangcheng.events.rectification.RequestedChange;
import gov.chuangcheng.notification.Fixtures;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A request filed waits for the office: its text says what is asked, by whom and why, and that the office decides. */
class ChangeRequestMessagesTest {

    private final MessageRenderer renderer = new MessageRenderer(ZoneId.of("Asia/Shanghai"));
    private final OrderRef order = Fixtures.order("CGJ", "区城管局", "城关农贸市场", EscalationLevel.REMINDER);
    private final Delivery office =
            new Delivery("office1", NotificationChannel.INBOX, "孙科长", ContactRole.LIAISON, "CCB", "区创城办");

    private RenderedMessage render(RequestedChange change, Integer days, String reason) {
        RenderedMessage m = renderer.render(
                RoutedEvents.facts(
                        "e-1",
                        "cc.rectification.change-requested.v1",
                        new RectificationChangeRequested(
                                order,
                                "rq-1",
                                change,
                                days,
                                reason,
                                "cgj1",
                                OffsetDateTime.parse("2026-12-03T02:00:00Z"))),
                office);
        assertClean(m);
        return m;
    }

    @Test
    void anExtensionAsksForItsWorkingDays() {
        RenderedMessage m = render(RequestedChange.EXTENSION, 3, "需采购材料");
        assertEquals("【延期待审】区城管局「城关农贸市场」「生熟分区」（" + order.number() + "）", m.title());
        assertEquals("""
                【延期待审】区城管局于12月3日就点位「城关农贸市场」「生熟分区」整改单申请延期3个工作日，请创城办及时审核。
                申请理由：需采购材料
                整改单号：%s
                责任单位：区城管局""".formatted(order.number()), m.body());
    }

    @Test
    void aSuspensionAsksToStopTheClock() {
        RenderedMessage m = render(RequestedChange.SUSPENSION, null, "道路施工，待施工结束后整改");
        assertEquals("""
                【缓办待审】区城管局于12月3日就点位「城关农贸市场」「生熟分区」整改单申请缓办（暂停整改计时），请创城办及时审核。
                申请理由：道路施工，待施工结束后整改
                整改单号：%s
                责任单位：区城管局""".formatted(order.number()), m.body());
    }
}
