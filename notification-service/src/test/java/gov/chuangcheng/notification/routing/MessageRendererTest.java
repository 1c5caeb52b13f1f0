package gov.chuangcheng.notification.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderLink;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationAcknowledged;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.RectificationSentBack;
import gov.chuangcheng.events.rectification.RectificationSuspended;
import gov.chuangcheng.events.task.TaskAssigned;
import gov.chuangcheng.events.task.TaskCompleted;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.events.task.TaskRejected;
import gov.chuangcheng.events.task.TaskSubmitted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

    private final MessageRenderer renderer = new MessageRenderer(ZoneId.of("Asia/Shanghai"));

    /** A space doubled, at either end of a line, or beside Chinese punctuation. */
    private static final Pattern STRAY_SPACE = Pattern.compile("  |^ | $| [，。：；、（）「」【】]|[，。：；、（）「」【】] ");

    // 10:00 UTC = 18:00 in Shanghai
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
            EscalationLevel.NONE);

    private static Delivery to(String unitCode) {
        return new Delivery("cgj1", NotificationChannel.INBOX, "张三", ContactRole.LIAISON, unitCode, "某单位");
    }

    @Test
    void anOpenedOrderTellsTheUnitWhatFailedAndTheDeadlineInShanghaiTime() {
        // 2026-11-24 17:00 UTC is already 11月25日 in Shanghai
        RectificationOpened opened = new RectificationOpened(
                ORDER,
                OrderSource.INSPECTION,
                "insp-1",
                "生熟食品混放",
                List.of(),
                false,
                OffsetDateTime.parse("2026-11-24T17:00:00Z"));
        RenderedMessage m = renderer.render(RoutedEvents.facts("e-1", "cc.rectification.opened.v1", opened), to("CGJ"));
        assertEquals("【整改通知】城关农贸市场「生熟分区」未达标（ZG-2026-000123）", m.title());
        assertEquals("""
                【整改通知】您单位负责的点位「城关农贸市场」在 11月25日 巡查中「生熟分区」未达标，请于 11月28日 18:00 前完成整改。
                整改单号：ZG-2026-000123
                责任单位：区城管局
                问题程度：较重
                问题描述：生熟食品混放""", m.body());

        RenderedMessage forOffice =
                renderer.render(RoutedEvents.facts("e-1", "cc.rectification.opened.v1", opened), to("CCB"));
        assertTrue(forOffice.body().startsWith("【整改通知】区城管局负责的点位「城关农贸市场」"), forOffice.body());
    }

    @Test
    void aSentBackFixTellsTheUnitWhyAndByWhenToSubmitAgain() {
        RectificationSentBack back = new RectificationSentBack(
                ORDER, "照片看不清，请补拍整改后全景", "office1", OffsetDateTime.parse("2026-11-26T02:00:00Z"));
        RenderedMessage m =
                renderer.render(RoutedEvents.facts("e-9", "cc.rectification.sent-back.v1", back), to("CGJ"));
        assertEquals("【退回整改】城关农贸市场「生熟分区」整改时限11月28日 18:00（ZG-2026-000123）", m.title());
        assertEquals("""
                【退回整改】您单位负责的点位「城关农贸市场」「生熟分区」提交的整改，创城办于11月26日退回，未进入复查。
                退回理由：照片看不清，请补拍整改后全景
                请于11月28日 18:00前重新整改并提交。
                整改单号：ZG-2026-000123
                责任单位：区城管局""", m.body());
    }

    @Test
    void anEscalationNamesTheNewLevelAndTheReason() {
        RectificationEscalated talk = new RectificationEscalated(
                ORDER,
                EscalationLevel.NOTICE,
                EscalationLevel.TALK,
                EscalationReason.OVERDUE,
                OffsetDateTime.parse("2026-11-29T01:00:00Z"));
        EventFacts facts = RoutedEvents.facts("e-2", "cc.rectification.escalated.v1", talk);
        assertEquals(EscalationLevel.TALK, facts.level());
        RenderedMessage m = renderer.render(facts, to("QLD"));
        assertEquals("【约谈】区城管局 城关农贸市场「生熟分区」（ZG-2026-000123）", m.title());
        assertTrue(
                m.body().startsWith("【约谈】区城管局负责的点位「城关农贸市场」「生熟分区」整改单因逾期未整改，由通报升级为约谈。" + "请于 11月28日 18:00 前完成整改。"),
                m.body());
    }

    @Test
    void anOverdueTaskNamesTheTaskAndItsDueDate() {
        TaskOverdue overdue = new TaskOverdue(
                "t-1",
                "主次干道占道经营整治",
                "CGJ",
                "区城管局",
                LocalDate.of(2026, 11, 20),
                OffsetDateTime.parse("2026-11-21T00:10:00+08:00"));
        RenderedMessage m = renderer.render(RoutedEvents.facts("e-3", "cc.task.overdue.v1", overdue), to("CGJ"));
        assertEquals("【任务逾期】主次干道占道经营整治", m.title());
        assertTrue(m.body().startsWith("【任务逾期】您单位牵头的创城任务「主次干道占道经营整治」已于 11月20日 到期"), m.body());
    }

    @Test
    void aSuspensionAndAResumptionTellTheUnitAboutItsClock() {
        OrderRef suspendedOrder = new OrderRef(
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
                null,
                EscalationLevel.NONE);
        RenderedMessage suspended = renderer.render(
                RoutedEvents.facts(
                        "e-4",
                        "cc.rectification.suspended.v1",
                        new RectificationSuspended(
                                suspendedOrder, "申诉审核中", "office1", OffsetDateTime.parse("2026-11-26T02:00:00Z"))),
                to("CGJ"));
        assertEquals("【整改挂起】城关农贸市场「生熟分区」暂停计时（ZG-2026-000123）", suspended.title());
        assertEquals("""
                【整改挂起】您单位负责的点位「城关农贸市场」「生熟分区」整改单自 11月26日 起暂停计时，挂起期间不升级督办，恢复计时后将重新计算整改时限。
                挂起原因：申诉审核中
                整改单号：ZG-2026-000123
                责任单位：区城管局""", suspended.body());

        RenderedMessage resumed = renderer.render(
                RoutedEvents.facts(
                        "e-5",
                        "cc.rectification.resumed.v1",
                        new RectificationResumed(ORDER, "office1", OffsetDateTime.parse("2026-11-27T02:00:00Z"))),
                to("CCB"));
        assertEquals("【恢复计时】城关农贸市场「生熟分区」整改时限 11月28日 18:00（ZG-2026-000123）", resumed.title());
        assertTrue(
                resumed.body().startsWith("【恢复计时】区城管局负责的点位「城关农贸市场」「生熟分区」整改单已于 11月27日 恢复计时，" + "请于 11月28日 18:00 前完成整改。"),
                resumed.body());
    }

    @Test
    void anAcknowledgementAnExtensionAndAnAppealNameWhatHappened() {
        RenderedMessage ack = renderer.render(
                RoutedEvents.facts(
                        "e-6",
                        "cc.rectification.acknowledged.v1",
                        new RectificationAcknowledged(ORDER, "cgj1", OffsetDateTime.parse("2026-11-25T03:00:00Z"))),
                to("CCB"));
        assertTrue(ack.body().startsWith("【整改签收】区城管局已于 11月25日 签收点位「城关农贸市场」「生熟分区」整改单，整改时限为 11月28日 18:00。"), ack.body());
        assertTrue(ack.body().endsWith("签收人：cgj1"), ack.body());

        RenderedMessage extended = renderer.render(
                RoutedEvents.facts(
                        "e-7",
                        "cc.rectification.extended.v1",
                        new RectificationExtended(
                                ORDER,
                                OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                                OffsetDateTime.parse("2026-12-02T09:30:00Z"),
                                null,
                                "office1",
                                OffsetDateTime.parse("2026-11-26T02:00:00Z"))),
                to("CGJ"));
        assertEquals("【延期批准】城关农贸市场「生熟分区」整改时限延至 12月2日 17:30（ZG-2026-000123）", extended.title());
        assertTrue(!extended.body().contains("延期理由"), "no reason, no line: " + extended.body());

        RenderedMessage appealed = renderer.render(
                RoutedEvents.facts(
                        "e-8",
                        "cc.rectification.appealed.v1",
                        new RectificationAppealed(
                                ORDER, "ap-1", "点位不属我单位", "cgj1", OffsetDateTime.parse("2026-11-26T02:00:00Z"))),
                to("CCB"));
        assertEquals("【申诉待审】区城管局 城关农贸市场「生熟分区」（ZG-2026-000123）", appealed.title());
        assertTrue(appealed.body().contains("申诉理由：点位不属我单位"), appealed.body());
    }

    @Test
    void aClosureSaysWhetherTheFixWasVerifiedOrTheOrderWithdrawnOnAppeal() {
        RenderedMessage fixed = renderer.render(
                RoutedEvents.facts(
                        "e-11",
                        "cc.rectification.closed.v1",
                        new RectificationClosed(
                                ORDER,
                                "inspector1",
                                true,
                                OffsetDateTime.parse("2026-11-27T02:00:00Z"),
                                Closure.REINSPECTION)),
                to("CGJ"));
        assertEquals("【销号通知】城关农贸市场「生熟分区」已销号（ZG-2026-000123）", fixed.title());
        assertTrue(fixed.body().startsWith("【销号通知】您单位负责的点位「城关农贸市场」「生熟分区」经复查合格，已于 11月27日 销号（按期完成）。"), fixed.body());

        RenderedMessage withdrawn = renderer.render(
                RoutedEvents.facts(
                        "e-12",
                        "cc.rectification.closed.v1",
                        new RectificationClosed(
                                ORDER,
                                "office1",
                                true,
                                OffsetDateTime.parse("2026-11-27T02:00:00Z"),
                                Closure.APPEAL_UPHELD)),
                to("CGJ"));
        assertEquals("【销号通知】城关农贸市场「生熟分区」申诉成立，整改单撤销（ZG-2026-000123）", withdrawn.title());
        assertTrue(withdrawn.body().contains("经申诉核实，整改单已于 11月27日 撤销（申诉成立）。"), withdrawn.body());
        assertTrue(!withdrawn.body().contains("复查合格"), withdrawn.body());
    }

    @Test
    void aVoidedOrderIsNotTrueAndKeepsNoDeduction() {
        RenderedMessage voided = closed(
                new RectificationClosed(
                        ORDER,
                        "office1",
                        false,
                        OffsetDateTime.parse("2026-11-27T02:00:00Z"),
                        Closure.VOIDED,
                        "现场为店内经营，未占道",
                        null,
                        null,
                        List.of()),
                "CGJ");
        assertEquals("【销号通知】城关农贸市场「生熟分区」经核实不属实，整改单作废（ZG-2026-000123）", voided.title());
        assertEquals("""
                【销号通知】您单位负责的点位「城关农贸市场」「生熟分区」经核实不属实，整改单已于 11月27日 作废。该整改单不计扣分，已扣分值予以撤销。
                作废原因：现场为店内经营，未占道
                整改单号：ZG-2026-000123
                责任单位：区城管局""", voided.body());
        assertClean(voided);

        // an upheld appeal of an old event is voided too: no deduction stays, and no reason line without a reason
        RenderedMessage appeal = closed(
                new RectificationClosed(
                        ORDER, "office1", true, OffsetDateTime.parse("2026-11-27T02:00:00Z"), Closure.APPEAL_UPHELD),
                "CGJ");
        assertTrue(appeal.body().contains("撤销（申诉成立）。该整改单不计扣分，已扣分值予以撤销。"), appeal.body());
        assertFalse(appeal.body().contains("作废原因"), appeal.body());
        assertFalse(appeal.body().contains("按期完成"), appeal.body());
        assertClean(appeal);
    }

    @Test
    void aMergedOrderNamesTheOrderItLivesOnIn() {
        RenderedMessage merged = closed(
                new RectificationClosed(
                        ORDER,
                        "office1",
                        false,
                        OffsetDateTime.parse("2026-11-27T02:00:00Z"),
                        Closure.MERGED,
                        "同一问题重复立单",
                        new OrderLink("o-2", "ZG-2026-000200"),
                        null,
                        List.of()),
                "CCB");
        assertEquals("【销号通知】城关农贸市场「生熟分区」已合并至工单 ZG-2026-000200（ZG-2026-000123）", merged.title());
        assertEquals("""
                【销号通知】区城管局负责的点位「城关农贸市场」「生熟分区」整改单已于 11月27日 合并至工单 ZG-2026-000200，请按该工单继续整改。该整改单不计扣分，已扣分值予以撤销。
                合并原因：同一问题重复立单
                整改单号：ZG-2026-000123
                责任单位：区城管局""", merged.body());
        assertFalse(merged.body().contains("复查合格"), merged.body());
        assertClean(merged);

        RenderedMessage unknownTarget = closed(
                new RectificationClosed(
                        ORDER,
                        "office1",
                        false,
                        OffsetDateTime.parse("2026-11-27T02:00:00Z"),
                        Closure.MERGED,
                        null,
                        null,
                        null,
                        List.of()),
                "CGJ");
        assertEquals("【销号通知】城关农贸市场「生熟分区」已合并至其他工单（ZG-2026-000123）", unknownTarget.title());
        assertFalse(unknownTarget.body().contains("原因"), unknownTarget.body());
        assertClean(unknownTarget);
    }

    @Test
    void onlyAFixedClosureSaysItPassedItsReinspection() {
        // an event from before closure existed was a passed re-inspection
        RenderedMessage old = closed(
                new RectificationClosed(ORDER, "inspector1", false, OffsetDateTime.parse("2026-11-27T02:00:00Z"), null),
                "CGJ");
        assertEquals("【销号通知】城关农贸市场「生熟分区」已销号（ZG-2026-000123）", old.title());
        assertTrue(old.body().contains("经复查合格，已于 11月27日 销号（逾期完成）。"), old.body());
        for (Closure closure : Closure.values()) {
            RenderedMessage m = closed(
                    new RectificationClosed(
                            ORDER, "office1", true, OffsetDateTime.parse("2026-11-27T02:00:00Z"), closure),
                    "CGJ");
            assertEquals(closure.fixed(), m.body().contains("经复查合格"), closure + ": " + m.body());
            assertEquals(closure.fixed(), m.title().contains("已销号"), closure + ": " + m.title());
            assertEquals(!closure.fixed(), m.body().contains("不计扣分"), closure + ": " + m.body());
            assertClean(m);
        }
    }

    @Test
    void aReminderBeforeTheDeadlineSaysTheDeadlineIsNear() {
        // 09:30 UTC = 17:30 in Shanghai
        OrderRef order = new OrderRef(
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
                OffsetDateTime.parse("2026-12-03T09:30:00Z"),
                EscalationLevel.REMINDER);
        RectificationEscalated dueSoon = new RectificationEscalated(
                order,
                EscalationLevel.NONE,
                EscalationLevel.REMINDER,
                EscalationReason.DUE_SOON,
                OffsetDateTime.parse("2026-12-03T01:30:00Z"),
                null,
                null,
                new Deduction("le-1", "ESCALATION", BigDecimal.ZERO));
        RenderedMessage m =
                renderer.render(RoutedEvents.facts("e-13", "cc.rectification.escalated.v1", dueSoon), to("CGJ"));
        assertEquals("【提醒】区城管局 城关农贸市场「生熟分区」临近整改期限（ZG-2026-000123）", m.title());
        assertEquals("""
                【提醒】您单位负责的点位「城关农贸市场」「生熟分区」整改单临近整改期限，尚未报送整改完成。请于 12月3日 17:30 前完成整改。
                整改单号：ZG-2026-000123
                责任单位：区城管局
                问题程度：较重""", m.body());
        assertClean(m);
    }

    @Test
    void aManualEscalationSaysWhoRaisedItAndWhy() {
        RectificationEscalated manual = new RectificationEscalated(
                ORDER,
                EscalationLevel.SUPERVISION,
                EscalationLevel.NOTICE,
                EscalationReason.MANUAL,
                OffsetDateTime.parse("2026-11-27T02:00:00Z"),
                "office1",
                "区领导批示：限三日内整改到位",
                new Deduction("le-2", "ESCALATION", new BigDecimal("-2.00")));
        RenderedMessage m =
                renderer.render(RoutedEvents.facts("e-14", "cc.rectification.escalated.v1", manual), to("CCB"));
        assertEquals("【通报】区城管局 城关农贸市场「生熟分区」（ZG-2026-000123）", m.title());
        assertEquals("""
                【通报】区城管局负责的点位「城关农贸市场」「生熟分区」整改单经创城办人工升级，由督办升级为通报。该整改单将列入创城办下一期通报。请于 11月28日 18:00 前完成整改。
                升级理由：区领导批示：限三日内整改到位
                经办人：office1
                整改单号：ZG-2026-000123
                责任单位：区城管局
                问题程度：较重""", m.body());
        assertClean(m);

        // the clock's rungs name no person and no reason line
        RenderedMessage overdue = renderer.render(
                RoutedEvents.facts(
                        "e-15",
                        "cc.rectification.escalated.v1",
                        new RectificationEscalated(
                                ORDER,
                                EscalationLevel.REMINDER,
                                EscalationLevel.SUPERVISION,
                                EscalationReason.OVERDUE,
                                OffsetDateTime.parse("2026-11-28T10:00:00Z"))),
                to("CGJ"));
        assertTrue(overdue.body().contains("整改单因逾期未整改，由提醒升级为督办。"), overdue.body());
        assertFalse(overdue.body().contains("升级理由") || overdue.body().contains("经办人"), overdue.body());
        assertClean(overdue);
    }

    @Test
    void newEvidenceTellsTheUnitHowOftenTheProblemWasReported() {
        RectificationEvidenceAdded found = new RectificationEvidenceAdded(
                ORDER,
                OrderSource.INSPECTION,
                "insp-2",
                "生熟食品仍混放",
                List.of("ev-9"),
                OffsetDateTime.parse("2026-11-26T01:00:00Z"),
                2,
                false,
                OffsetDateTime.parse("2026-11-26T01:05:00Z"));
        EventFacts facts = RoutedEvents.facts("e-16", "cc.rectification.evidence-added.v1", found);
        RenderedMessage m = renderer.render(facts, to("CGJ"));
        assertEquals("【补充线索】城关农贸市场「生熟分区」累计反映 2 次（ZG-2026-000123）", m.title());
        assertEquals("""
                【补充线索】您单位负责的点位「城关农贸市场」「生熟分区」整改单有新线索：11月26日 巡查再次发现该问题，已补充至整改单，累计反映 2 次。请于 11月28日 18:00 前一并完成整改。
                线索内容：生熟食品仍混放
                新增照片：1 张
                整改单号：ZG-2026-000123
                责任单位：区城管局""", m.body());
        assertClean(m);

        // a 12345 report after the unit's submission: the office verifies first
        RectificationEvidenceAdded reported = new RectificationEvidenceAdded(
                ORDER,
                OrderSource.PROBLEM_REPORT,
                "req-7",
                null,
                List.of(),
                OffsetDateTime.parse("2026-11-26T17:00:00Z"),
                3,
                true,
                OffsetDateTime.parse("2026-11-26T17:01:00Z"));
        RenderedMessage priority =
                renderer.render(RoutedEvents.facts("e-17", "cc.rectification.evidence-added.v1", reported), to("CGJ"));
        assertEquals("【补充线索】城关农贸市场「生熟分区」累计反映 3 次，优先复查（ZG-2026-000123）", priority.title());
        assertEquals("""
                【补充线索】您单位负责的点位「城关农贸市场」「生熟分区」整改单有新线索：11月27日 群众再次举报该问题，已补充至整改单，累计反映 3 次。该线索在您单位报送整改完成后收到，创城办将优先复查。
                整改单号：ZG-2026-000123
                责任单位：区城管局""", priority.body());
        assertClean(priority);
        RenderedMessage forOffice =
                renderer.render(RoutedEvents.facts("e-17", "cc.rectification.evidence-added.v1", reported), to("CCB"));
        assertTrue(forOffice.body().contains("该线索在区城管局报送整改完成后收到"), forOffice.body());
    }

    private RenderedMessage closed(RectificationClosed closed, String recipientUnit) {
        return renderer.render(RoutedEvents.facts("e-c", "cc.rectification.closed.v1", closed), to(recipientUnit));
    }

    /** No doubled, leading, trailing or punctuation-hugging space on any line, and no enum constant in the text. */
    private static void assertClean(RenderedMessage m) {
        for (String text : List.of(m.title(), m.body())) {
            for (String line : text.split("\n", -1)) {
                assertFalse(STRAY_SPACE.matcher(line).find(), "stray space in: " + line);
            }
            Stream.<Enum<?>[]>of(
                            Closure.values(),
                            EscalationReason.values(),
                            EscalationLevel.values(),
                            OrderSource.values(),
                            Severity.values())
                    .flatMap(Arrays::stream)
                    .map(Enum::name)
                    .forEach(code -> assertFalse(text.contains(code), code + " in: " + text));
        }
    }

    @Test
    void anAssignedTaskAddressesTheLeadUnitAndTheCoUnitsDifferently() {
        TaskAssigned assigned = new TaskAssigned(
                "t-1",
                "主次干道占道经营整治",
                "S-2.1",
                "占道经营",
                "CGJ",
                "区城管局",
                List.of("SCJGJ"),
                LocalDate.of(2026, 12, 20),
                "office1",
                OffsetDateTime.parse("2026-12-01T02:00:00Z"));
        EventFacts facts = RoutedEvents.facts("e-9", "cc.task.assigned.v1", assigned);
        RenderedMessage lead = renderer.render(facts, to("CGJ"), code -> code.equals("SCJGJ") ? "区市场监管局" : code);
        assertEquals("【任务交办】主次干道占道经营整治", lead.title());
        assertEquals("""
                【任务交办】创城办已将创城任务「主次干道占道经营整治」交由您单位牵头办理，请于 12月20日 前完成。
                对应测评标准：占道经营
                牵头单位：区城管局
                配合单位：区市场监管局""", lead.body());
        RenderedMessage co = renderer.render(facts, to("SCJGJ"), code -> "区市场监管局");
        assertTrue(co.body().startsWith("【任务交办】创城办已将创城任务「主次干道占道经营整治」交由区城管局牵头、您单位配合办理"), co.body());

        RenderedMessage done = renderer.render(
                RoutedEvents.facts(
                        "e-10",
                        "cc.task.completed.v1",
                        new TaskCompleted(
                                "t-1",
                                "主次干道占道经营整治",
                                "CGJ",
                                "区城管局",
                                LocalDate.of(2026, 12, 20),
                                OffsetDateTime.parse("2026-12-21T02:00:00Z"),
                                false)),
                to("CGJ"));
        assertEquals("""
                【任务验收通过】您单位牵头的创城任务「主次干道占道经营整治」已于12月21日通过创城办验收，逾期完成（时限12月20日）。
                牵头单位：区城管局""", done.body());
        assertClean(done);

        RenderedMessage waiting = renderer.render(
                RoutedEvents.facts(
                        "e-11",
                        "cc.task.submitted.v1",
                        new TaskSubmitted(
                                "t-1",
                                "主次干道占道经营整治",
                                "CGJ",
                                "区城管局",
                                LocalDate.of(2026, 12, 20),
                                "cgj1",
                                OffsetDateTime.parse("2026-12-18T02:00:00Z"))),
                to("CCB"));
        assertEquals("【任务待验收】区城管局「主次干道占道经营整治」", waiting.title());
        assertEquals("""
                【任务待验收】区城管局牵头的创城任务「主次干道占道经营整治」已于12月18日提交验收，完成时限12月20日，请创城办及时验收。
                牵头单位：区城管局""", waiting.body());
        assertClean(waiting);

        RenderedMessage rejected = renderer.render(
                RoutedEvents.facts(
                        "e-12",
                        "cc.task.rejected.v1",
                        new TaskRejected(
                                "t-1",
                                "主次干道占道经营整治",
                                "CGJ",
                                "区城管局",
                                LocalDate.of(2026, 12, 20),
                                "台账缺少整治前后对比照片",
                                "office1",
                                OffsetDateTime.parse("2026-12-19T02:00:00Z"))),
                to("CGJ"));
        assertEquals("""
                【任务验收未通过】您单位牵头的创城任务「主次干道占道经营整治」12月19日未通过创城办验收，请按意见整改后重新提交验收，完成时限12月20日。
                验收意见：台账缺少整治前后对比照片
                牵头单位：区城管局""", rejected.body());
        assertClean(rejected);
    }

    @Test
    void aDisabledSubscriptionTellsTheOfficeWhatToDo() {
        EndpointDisabled notice = new EndpointDisabled(
                "sub-1",
                "数字城管",
                "https://szcg.example.org/hook",
                "szcg-gateway",
                "自 12月1日 08:00 起推送全部失败（连续 10 次）",
                OffsetDateTime.parse("2026-12-06T00:00:00Z"));
        RenderedMessage m = renderer.render(
                new EventFacts("n-1", EndpointDisabled.TYPE, null, null, null, null, notice), to("CCB"));
        assertEquals("【推送停用】外部系统推送订阅「数字城管」已自动停用", m.title());
        assertTrue(
                m.body().startsWith("【推送停用】外部系统推送订阅「数字城管」因自 12月1日 08:00 起推送全部失败（连续 10 次），" + "已于 12月6日 08:00 自动停用"),
                m.body());
        assertTrue(m.body().contains("接收地址：https://szcg.example.org/hook\n订阅方：szcg-gateway"), m.body());
    }
}
