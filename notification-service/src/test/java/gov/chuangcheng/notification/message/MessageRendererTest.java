package gov.chuangcheng.notification.message;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.notification.routing.Delivery;
import gov.chuangcheng.notification.routing.EventFacts;
import gov.chuangcheng.notification.routing.RoutedEvents;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageRendererTest {

    private final MessageRenderer renderer = new MessageRenderer(ZoneId.of("Asia/Shanghai"));

    // 10:00 UTC = 18:00 in Shanghai
    private static final OrderRef ORDER = new OrderRef("o-1", "ZG-2026-000123", "p-1", "P001", "城关农贸市场", "S-3.2.1",
            "生熟分区", "CGJ", "区城管局", Severity.SERIOUS, OffsetDateTime.parse("2026-11-28T10:00:00Z"),
            EscalationLevel.NONE);

    private static Delivery to(String unitCode) {
        return new Delivery("cgj1", NotificationChannel.INBOX, "张三", ContactRole.LIAISON, unitCode, "某单位");
    }

    @Test
    void anOpenedOrderTellsTheUnitWhatFailedAndTheDeadlineInShanghaiTime() {
        // 2026-11-24 17:00 UTC is already 11月25日 in Shanghai
        RectificationOpened opened = new RectificationOpened(ORDER, OrderSource.INSPECTION, "insp-1", "生熟食品混放",
                List.of(), false, OffsetDateTime.parse("2026-11-24T17:00:00Z"));
        RenderedMessage m = renderer.render(RoutedEvents.facts("e-1", "cc.rectification.opened.v1", opened), to("CGJ"));
        assertEquals("【整改通知】城关农贸市场「生熟分区」未达标（ZG-2026-000123）", m.title());
        assertEquals("""
                【整改通知】您单位负责的点位「城关农贸市场」在 11月25日 巡查中「生熟分区」未达标，请于 11月28日 18:00 前完成整改。
                整改单号：ZG-2026-000123
                责任单位：区城管局
                问题程度：较重
                问题描述：生熟食品混放""", m.body());

        RenderedMessage forOffice = renderer.render(
                RoutedEvents.facts("e-1", "cc.rectification.opened.v1", opened), to("CCB"));
        assertTrue(forOffice.body().startsWith("【整改通知】区城管局负责的点位「城关农贸市场」"), forOffice.body());
    }

    @Test
    void anEscalationNamesTheNewLevelAndTheReason() {
        RectificationEscalated talk = new RectificationEscalated(ORDER, EscalationLevel.NOTICE, EscalationLevel.TALK,
                EscalationReason.OVERDUE, OffsetDateTime.parse("2026-11-29T01:00:00Z"));
        EventFacts facts = RoutedEvents.facts("e-2", "cc.rectification.escalated.v1", talk);
        assertEquals(EscalationLevel.TALK, facts.level());
        RenderedMessage m = renderer.render(facts, to("QLD"));
        assertEquals("【约谈】区城管局 城关农贸市场「生熟分区」（ZG-2026-000123）", m.title());
        assertTrue(m.body().startsWith("【约谈】区城管局负责的点位「城关农贸市场」「生熟分区」整改单因逾期未整改，由通报升级为约谈。"
                + "请于 11月28日 18:00 前完成整改。"), m.body());
    }

    @Test
    void anOverdueTaskNamesTheTaskAndItsDueDate() {
        TaskOverdue overdue = new TaskOverdue("t-1", "主次干道占道经营整治", "CGJ", "区城管局", LocalDate.of(2026, 11, 20),
                OffsetDateTime.parse("2026-11-21T00:10:00+08:00"));
        RenderedMessage m = renderer.render(RoutedEvents.facts("e-3", "cc.task.overdue.v1", overdue), to("CGJ"));
        assertEquals("【任务逾期】主次干道占道经营整治", m.title());
        assertTrue(m.body().startsWith("【任务逾期】您单位牵头的创城任务「主次干道占道经营整治」已于 11月20日 到期"), m.body());
    }
}
