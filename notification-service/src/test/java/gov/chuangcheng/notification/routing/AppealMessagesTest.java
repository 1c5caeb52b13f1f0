package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.notification.routing.CleanText.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An appeal contests one deduction: the texts name it, an upheld one reverses only it, a rejected one is final. */
class AppealMessagesTest {

    private final MessageRenderer renderer = new MessageRenderer(ZoneId.of("Asia/Shanghai"));

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T02:00:00Z");

    private static final OrderRef ORDER = new OrderRef(
            "o-1",
            "ZG-2026-000123",
            "p-1",
            "P001",
            "城关农贸市场",
            "S-3.2.1",
            "生熟分区",
            "CGJ",
            "区城管局",
            Severity.SERIOUS,
            OffsetDateTime.parse("2026-11-28T10:00:00Z"),
            EscalationLevel.SUPERVISION);

    private static final Deduction TWO = new Deduction("le-1", "ESCALATION", new BigDecimal("-2.00"));
    private static final Deduction TWO_BACK = new Deduction("le-9", "REVERSAL", new BigDecimal("2.00"));

    private static Delivery to(String unitCode) {
        return new Delivery("u1", NotificationChannel.INBOX, "张三", ContactRole.LIAISON, unitCode, "某单位");
    }

    private RenderedMessage appealed(RectificationAppealed e) {
        RenderedMessage m = renderer.render(RoutedEvents.facts("e-1", "cc.rectification.appealed.v1", e), to("CCB"));
        assertClean(m);
        return m;
    }

    private RenderedMessage decided(AppealDecided e) {
        RenderedMessage m =
                renderer.render(RoutedEvents.facts("e-2", "cc.rectification.appeal-decided.v1", e), to("CGJ"));
        assertClean(m);
        return m;
    }

    @Test
    void anAppealTellsTheOfficeWhichDeductionIsContested() {
        RenderedMessage m = appealed(new RectificationAppealed(ORDER, "ap-1", "督办时已整改到位", TWO, "cgj1", AT));
        assertEquals("【申诉待审】区城管局 城关农贸市场「生熟分区」对扣2分申诉（ZG-2026-000123）", m.title());
        assertEquals("""
                【申诉待审】区城管局于 11月26日 对点位「城关农贸市场」「生熟分区」整改单的扣2分提出申诉，请创城办及时审核。
                申诉理由：督办时已整改到位
                整改单号：ZG-2026-000123
                责任单位：区城管局""", m.body());

        RenderedMessage half = appealed(new RectificationAppealed(
                ORDER, "ap-2", "理由", new Deduction("le-2", "ESCALATION", new BigDecimal("-0.50")), "cgj1", AT));
        assertTrue(half.body().contains("整改单的扣0.5分提出申诉"), half.body());

        // an appeal filed before appeals named an entry
        RenderedMessage legacy = appealed(new RectificationAppealed(ORDER, "ap-3", "点位不属我单位", "cgj1", AT));
        assertEquals("【申诉待审】区城管局 城关农贸市场「生熟分区」（ZG-2026-000123）", legacy.title());
        assertTrue(legacy.body().startsWith("【申诉待审】区城管局于 11月26日 就点位「城关农贸市场」「生熟分区」整改单提出申诉，请创城办及时审核。"), legacy.body());
    }

    @Test
    void anUpheldAppealReversesTheContestedDeductionAndTheOrderGoesOn() {
        RenderedMessage m = decided(
                new AppealDecided(ORDER, "ap-1", AppealDecision.UPHELD, "督办前已整改，扣分撤销", TWO, TWO_BACK, "office1", AT));
        assertEquals("【申诉结果】城关农贸市场「生熟分区」申诉成立，撤销扣分2分（ZG-2026-000123）", m.title());
        assertEquals("""
                【申诉结果】您单位对点位「城关农贸市场」「生熟分区」整改单的扣2分提出的申诉，经创城办审核：申诉成立，撤销扣分2分，整改单继续办理。
                审核意见：督办前已整改，扣分撤销
                整改单号：ZG-2026-000123""", m.body());
        for (String text : List.of(m.title(), m.body())) {
            for (String closed : List.of("作废", "销号", "撤销整改单", "整改单撤销", "不计扣分")) {
                assertFalse(text.contains(closed), "the order is not voided or closed: " + text);
            }
        }
    }

    @Test
    void anUpheldAppealOfOldKeepsItsOldWords() {
        RenderedMessage m = decided(new AppealDecided(ORDER, "ap-1", AppealDecision.UPHELD, null, "office1", AT));
        assertEquals("【申诉结果】城关农贸市场「生熟分区」申诉成立（ZG-2026-000123）", m.title());
        assertEquals("""
                【申诉结果】您单位就点位「城关农贸市场」「生熟分区」整改单提出的申诉，经创城办审核：申诉成立。
                整改单号：ZG-2026-000123""", m.body());
    }

    @Test
    void aRejectedAppealIsFinal() {
        RenderedMessage m = decided(
                new AppealDecided(ORDER, "ap-1", AppealDecision.REJECTED, "督办时现场仍未整改", TWO, null, "office1", AT));
        assertEquals("【申诉结果】城关农贸市场「生熟分区」申诉驳回（ZG-2026-000123）", m.title());
        assertEquals("""
                【申诉结果】您单位对点位「城关农贸市场」「生熟分区」整改单的扣2分提出的申诉，经创城办审核：申诉驳回，驳回为最终结果，该笔扣分维持不变。
                审核意见：督办时现场仍未整改
                整改单号：ZG-2026-000123""", m.body());

        RenderedMessage legacy =
                decided(new AppealDecided(ORDER, "ap-2", AppealDecision.REJECTED, null, "office1", AT));
        assertTrue(legacy.body().contains("经创城办审核：申诉驳回，驳回为最终结果。"), legacy.body());
        assertFalse(legacy.body().contains("撤销"), legacy.body());
    }
}
