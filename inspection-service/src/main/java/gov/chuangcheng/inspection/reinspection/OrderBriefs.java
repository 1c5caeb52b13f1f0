package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.rectification.OrderEvent;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import gov.chuangcheng.events.rectification.RectificationSentBack;
import gov.chuangcheng.events.rectification.RectificationSubmitted;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.platform.calendar.WrittenDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each order's {@link OrderBrief} from its events: what the problem was, what the unit did, by when, and a line
 * of history per step, in the district's words ("12月3日 17:30 提交整改").
 */
@ApplicationScoped
public class OrderBriefs {

    private final Clock clock;
    private final ZoneId zone;

    public OrderBriefs(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(OrderEvent event) {
        OrderRef order = event.order();
        if (order == null || order.id() == null) {
            return;
        }
        Optional<String> line = line(event);
        if (line.isEmpty() && OrderBrief.findById(order.id()) == null) {
            return; // nothing to tell about an order the brief does not know yet
        }
        OrderBrief brief = OrderBrief.of(order.id());
        brief.deadline = order.deadline() == null ? null : order.deadline().toInstant();
        brief.levelName = order.level() == null ? null : order.level().displayName();
        if (event instanceof RectificationOpened e) {
            brief.problem = e.description();
            brief.beforeEvidenceIds = new ArrayList<>(e.evidenceIds() == null ? List.of() : e.evidenceIds());
            brief.openedAt = instant(e.openedAt());
        } else if (event instanceof RectificationEvidenceAdded e && e.evidenceIds() != null) {
            e.evidenceIds().stream()
                    .filter(id -> !brief.beforeEvidenceIds.contains(id))
                    .forEach(brief.beforeEvidenceIds::add);
        } else if (event instanceof RectificationSubmitted e) {
            brief.fix = e.description();
            brief.afterEvidenceIds = new ArrayList<>(e.evidenceIds() == null ? List.of() : e.evidenceIds());
            brief.submittedAt = instant(e.at());
        }
        line.ifPresent(brief::line);
    }

    /** The history line of an event; empty for those the inspector need not read. */
    private Optional<String> line(OrderEvent event) {
        if (event instanceof RectificationOpened e) {
            return Optional.of(at(e.openedAt()) + " 立案" + (e.relapse() ? "（反弹）" : "") + "，整改时限" + deadline(e.order()));
        }
        if (event instanceof RectificationEvidenceAdded e) {
            return Optional.of(at(e.at()) + " 追加线索" + (e.description() == null ? "" : "：" + e.description()));
        }
        if (event instanceof RectificationExtended e) {
            return Optional.of(at(e.at()) + " 延期至" + written(e.newDeadline()));
        }
        if (event instanceof RectificationReassigned e) {
            return Optional.of(at(e.at()) + " 改派" + (e.to() == null ? "" : "至" + e.to().name()));
        }
        if (event instanceof RectificationEscalated e && e.level() != null) {
            return Optional.of(at(e.at()) + " 升级为" + e.level().displayName());
        }
        if (event instanceof RectificationSubmitted e) {
            return Optional.of(at(e.at()) + " 提交整改");
        }
        if (event instanceof VerificationRequested e) {
            return Optional.of(at(e.at()) + " 申请复查，复查期限" + written(e.dueBy()));
        }
        if (event instanceof RectificationSentBack e) {
            return Optional.of(at(e.at()) + " 创城办退回整改" + (e.reason() == null ? "" : "：" + e.reason()));
        }
        if (event instanceof RectificationClosed e) {
            return Optional.of(at(e.at()) + " " + e.closureOrDefault().displayName());
        }
        return Optional.empty();
    }

    private String deadline(OrderRef order) {
        return order.deadline() == null ? "另行通知" : written(order.deadline());
    }

    private String at(OffsetDateTime t) {
        return written(t == null ? OffsetDateTime.ofInstant(clock.instant(), zone) : t);
    }

    private String written(OffsetDateTime t) {
        return t == null ? "" : WrittenDates.of(t.toInstant(), zone);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
