package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.events.EscalationLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ladder the office sets: 提醒 this much office time before the deadline (ISO-8601, e.g. {@code PT2H}), each later rung
 * a delay after the previous one (working days {@code 3} or office time {@code PT4H}), and the highest rung the clock
 * reaches ({@code top}, at least SUPERVISION).
 */
@Schema(
        name = "LadderPolicySet",
        example =
                "{\"reminderBefore\":\"PT2H\",\"noticeAfter\":\"1\",\"talkAfter\":\"3\",\"accountabilityAfter\":\"5\","
                        + "\"top\":\"ACCOUNTABILITY\",\"note\":\"暴露垃圾从严\"}")
public record LadderPolicyRequest(
        @NotBlank @Size(max = 40) String reminderBefore,
        @NotBlank @Size(max = 40) String noticeAfter,
        @NotBlank @Size(max = 40) String talkAfter,
        @NotBlank @Size(max = 40) String accountabilityAfter,
        @NotNull EscalationLevel top,
        @Size(max = 500) String note) {}
