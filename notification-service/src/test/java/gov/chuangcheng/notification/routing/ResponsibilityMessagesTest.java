package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.notification.routing.CleanText.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.DisputeDecided;
import gov.chuangcheng.events.rectification.DisputeDecision;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationDispatched;
import gov.chuangcheng.events.rectification.RectificationDisputed;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import gov.chuangcheng.events.rectification.UnitLink;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The texts of 退单, 确权, 改派 and 派遣, each as its reader should read it. */
class ResponsibilityMessagesTest {

    private final MessageRenderer renderer = new MessageRenderer(ZoneId.of("Asia/Shanghai"));

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T02:00:00Z");

    // 10:00 UTC = 18:00 in Shanghai
    private static final OrderRef ORDER = order("CGJ", "区城管局", "2026-11-28T10:00:00Z", null);

    private static final UnitLink CGJ = new UnitLink("CGJ", "区城管局");
    private static final UnitLink CGJD = new UnitLink("CGJD", "城关街道");

    private static OrderRef order(String unitCode, String unitName, String deadline, Assignee assignee) {
        return new OrderRef(
                "o-1",
                "ZG-2026-000123",
                "p-1",
                "P001",
                "城关农贸市场",
                "S-3.2.1",
                "生熟分区",
                unitCode,
                unitName,
                Severity.SERIOUS,
                deadline == null ? null : OffsetDateTime.parse(deadline),
                EscalationLevel.NONE,
                assignee);
    }

    /** A contact of {@code unitCode}. */
    private static Delivery to(String unitCode) {
        return new Delivery("u1", NotificationChannel.INBOX, "张三", ContactRole.LIAISON, unitCode, "某单位");
    }

    /** A contact of the sub-unit the order was dispatched to. */
    private static Delivery subUnitContact(String unitCode) {
        return new Delivery("dg1", NotificationChannel.INBOX, "东关联络员", ContactRole.LIAISON, unitCode, "东关社区", true);
    }

    /** The named handler, by inbox. */
    private static Delivery handler(String username, String unitCode) {
        return new Delivery(username, NotificationChannel.INBOX, username, null, unitCode, "某单位", true);
    }

    private RenderedMessage render(String type, Record event, Delivery delivery) {
        RenderedMessage m = renderer.render(RoutedEvents.facts("e-1", type, event), delivery);
        assertClean(m);
        return m;
    }

    @Test
    void aDisputeTellsTheOfficeWhichUnitReturnedTheOrderToWhomAndWhy() {
        RenderedMessage m = render(
                "cc.rectification.disputed.v1",
                new RectificationDisputed(ORDER, "dp-1", CGJD, "该市场由街道管理", "cgj1", AT),
                to("CCB"));
        assertEquals("【退单待确权】区城管局 城关农贸市场「生熟分区」（ZG-2026-000123）", m.title());
        assertEquals("""
                【退单待确权】区城管局于 11月26日 将点位「城关农贸市场」「生熟分区」整改单退回，认为应由城关街道负责，请创城办及时确权。
                退单理由：该市场由街道管理
                整改单号：ZG-2026-000123
                退单单位：区城管局
                主张责任单位：城关街道""", m.body());
    }

    @Test
    void aReassigningDecisionTellsTheDisputingUnitWhereTheOrderWent() {
        RenderedMessage m = render(
                "cc.rectification.dispute-decided.v1",
                new DisputeDecided(ORDER, "dp-1", DisputeDecision.REASSIGNED, CGJD, "经核实属街道职责", false, "office1", AT),
                to("CGJ"));
        assertEquals("【退单结果】城关农贸市场「生熟分区」已改派至城关街道（ZG-2026-000123）", m.title());
        assertEquals("""
                【退单结果】您单位就点位「城关农贸市场」「生熟分区」整改单提出的退单，经创城办确权：已改派至城关街道，该整改单不再由您单位办理。
                审核意见：经核实属街道职责
                整改单号：ZG-2026-000123""", m.body());
        assertFalse(m.body().contains("最终"), "not the final decision: " + m.body());
    }

    @Test
    void aRejectedDisputeKeepsTheOrderAndItsRunningDeadlineAndAFinalOneSaysSo() {
        RenderedMessage m = render(
                "cc.rectification.dispute-decided.v1",
                new DisputeDecided(ORDER, "dp-2", DisputeDecision.REJECTED, CGJ, "市场外围道路属城管局职责", true, "office1", AT),
                to("CGJ"));
        assertEquals("【退单结果】城关农贸市场「生熟分区」退单被驳回（ZG-2026-000123）", m.title());
        assertEquals("""
                【退单结果】您单位就点位「城关农贸市场」「生熟分区」整改单提出的退单，经创城办确权：退单被驳回，整改单仍由您单位办理，整改时限不变，仍为 11月28日 18:00，请按时完成整改。此为最终确权结果，不再受理退单。
                审核意见：市场外围道路属城管局职责
                整改单号：ZG-2026-000123""", m.body());

        RenderedMessage first = render(
                "cc.rectification.dispute-decided.v1",
                new DisputeDecided(ORDER, "dp-3", DisputeDecision.REJECTED, CGJ, "属城管局职责", false, "office1", AT),
                to("CGJ"));
        assertFalse(first.body().contains("最终确权结果"), first.body());
        assertTrue(first.body().contains("退单被驳回，整改单仍由您单位办理"), first.body());
    }

    @Test
    void aReassignedOrderReachesTheNewUnitAsANewOrderAndTellsTheOldOneItLeftWithItsDeductions() {
        // the order after the move: the street's, with a fresh deadline (09:30 UTC = 17:30 in Shanghai)
        OrderRef moved = order("CGJD", "城关街道", "2026-12-03T09:30:00Z", null);
        RectificationReassigned reassigned = new RectificationReassigned(
                moved, CGJ, CGJD, "市场周边由街道管理", true, "dp-1", "office1", OffsetDateTime.parse("2026-11-27T02:00:00Z"));

        RenderedMessage toNew = render("cc.rectification.reassigned.v1", reassigned, to("CGJD"));
        assertEquals("【改派通知】城关农贸市场「生熟分区」改派您单位整改（ZG-2026-000123）", toNew.title());
        assertEquals("""
                【改派通知】创城办已将点位「城关农贸市场」「生熟分区」未达标问题的整改单由区城管局改派至您单位办理，整改时限重新计算，请于 12月3日 17:30 前完成整改。
                改派理由：市场周边由街道管理
                整改单号：ZG-2026-000123
                责任单位：城关街道
                问题程度：较重""", toNew.body());

        RenderedMessage toOld = render("cc.rectification.reassigned.v1", reassigned, to("CGJ"));
        assertEquals("【改派通知】城关农贸市场「生熟分区」已改派至城关街道（ZG-2026-000123）", toOld.title());
        assertEquals("""
                【改派通知】创城办已将您单位负责的点位「城关农贸市场」「生熟分区」整改单于 11月27日 改派至城关街道办理，该整改单不再由您单位办理，您单位在该整改单上的扣分已予撤销。
                改派理由：市场周边由街道管理
                整改单号：ZG-2026-000123
                现责任单位：城关街道""", toOld.body());
        assertFalse(toOld.body().contains("请于"), "the old unit has nothing left to do: " + toOld.body());

        RenderedMessage toOffice = render("cc.rectification.reassigned.v1", reassigned, to("CCB"));
        assertTrue(toOffice.body().startsWith("【改派通知】创城办已将点位「城关农贸市场」「生熟分区」未达标问题的整改单由区城管局改派至城关街道办理"), toOffice.body());
    }

    @Test
    void aDispatchTellsTheSubUnitAndTheHandlerThatTheOrderIsTheirs() {
        Assignee assignee = new Assignee("DGSQ", "东关社区", "liu3");
        OrderRef dispatchedOrder = order("CGJD", "城关街道", "2026-12-03T09:30:00Z", assignee);
        RectificationDispatched dispatched =
                new RectificationDispatched(dispatchedOrder, assignee, "请三日内清理到位", "cgjd1", AT);

        RenderedMessage community = render("cc.rectification.dispatched.v1", dispatched, subUnitContact("DGSQ"));
        assertEquals("【整改派遣】城关农贸市场「生熟分区」派遣至您单位（ZG-2026-000123）", community.title());
        assertEquals("""
                【整改派遣】城关街道已将点位「城关农贸市场」「生熟分区」整改单派遣至您单位办理，请于 12月3日 17:30 前完成整改。
                派遣意见：请三日内清理到位
                整改单号：ZG-2026-000123
                责任单位：城关街道
                问题程度：较重""", community.body());

        RenderedMessage person = render("cc.rectification.dispatched.v1", dispatched, handler("liu3", "DGSQ"));
        assertEquals("【整改派遣】城关农贸市场「生熟分区」交由您办理（ZG-2026-000123）", person.title());
        assertTrue(
                person.body().startsWith("【整改派遣】城关街道已将点位「城关农贸市场」「生熟分区」整改单交由您办理，请于 12月3日 17:30 前完成整改。"), person.body());

        // a handler of the unit itself
        Assignee own = new Assignee(null, null, "wang5");
        RenderedMessage ownHandler = render(
                "cc.rectification.dispatched.v1",
                new RectificationDispatched(order("CGJD", "城关街道", "2026-12-03T09:30:00Z", own), own, null, "cgjd1", AT),
                handler("wang5", "CGJD"));
        assertTrue(ownHandler.body().startsWith("【整改派遣】本单位已将点位「城关农贸市场」「生熟分区」整改单交由您办理"), ownHandler.body());
        assertFalse(ownHandler.body().contains("派遣意见"), ownHandler.body());

        // anyone else a rule sends it to reads whom it went to
        RenderedMessage office = render("cc.rectification.dispatched.v1", dispatched, to("CCB"));
        assertEquals("【整改派遣】城关农贸市场「生熟分区」派遣至东关社区经办人liu3（ZG-2026-000123）", office.title());
        assertTrue(office.body().startsWith("【整改派遣】城关街道已将点位「城关农贸市场」「生熟分区」整改单派遣至东关社区经办人liu3办理"), office.body());
    }

    @Test
    void theAssigneesCopyOfAMessageToTheUnitSaysWhyItReachedThem() {
        Assignee assignee = new Assignee("DGSQ", "东关社区", "liu3");
        RectificationExtended extended = new RectificationExtended(
                order("CGJD", "城关街道", "2026-12-03T09:30:00Z", assignee),
                OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                OffsetDateTime.parse("2026-12-03T09:30:00Z"),
                "雨天无法施工",
                "office1",
                AT);
        String type = "cc.rectification.extended.v1";

        RenderedMessage unit = render(type, extended, to("CGJD"));
        assertTrue(unit.body().startsWith("【延期批准】创城办已批准您单位负责的点位"), unit.body());
        assertFalse(unit.body().contains("派遣办理"), "the unit's own contact gets no copy line: " + unit.body());

        RenderedMessage community = render(type, extended, subUnitContact("DGSQ"));
        assertTrue(community.body().startsWith("【延期批准】创城办已批准城关街道负责的点位「城关农贸市场」「生熟分区」整改单延期"), community.body());
        assertTrue(community.body().endsWith("\n派遣办理：城关街道已将该整改单派遣至您单位办理。"), community.body());
        assertEquals(unit.title(), community.title());

        RenderedMessage person = render(type, extended, handler("liu3", "DGSQ"));
        assertTrue(person.body().endsWith("\n派遣办理：城关街道已将该整改单交由您办理。"), person.body());

        Assignee own = new Assignee(null, null, "wang5");
        RenderedMessage ownHandler = render(
                type,
                new RectificationExtended(
                        order("CGJD", "城关街道", "2026-12-03T09:30:00Z", own),
                        null,
                        OffsetDateTime.parse("2026-12-03T09:30:00Z"),
                        null,
                        "office1",
                        AT),
                handler("wang5", "CGJD"));
        assertTrue(ownHandler.body().endsWith("\n派遣办理：本单位已将该整改单交由您办理。"), ownHandler.body());
    }
}
