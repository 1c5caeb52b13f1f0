package gov.chuangcheng.notification.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.DisputeDecision;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderSource;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Messages as people write them: no stray space, no enum constant, no placeholder left unrendered. */
final class CleanText {

    /** A space doubled, at either end of a line, or beside Chinese punctuation. */
    private static final Pattern STRAY_SPACE = Pattern.compile("  |^ | $| [，。：；、（）「」【】]|[，。：；、（）「」【】] ");

    private CleanText() {}

    static void assertClean(RenderedMessage m) {
        for (String text : List.of(m.title(), m.body())) {
            for (String line : text.split("\n", -1)) {
                assertFalse(STRAY_SPACE.matcher(line).find(), "stray space in: " + line);
            }
            assertFalse(text.contains("{") || text.contains("}") || text.contains("null"), "placeholder in: " + text);
            Stream.<Enum<?>[]>of(
                            Closure.values(),
                            EscalationReason.values(),
                            EscalationLevel.values(),
                            OrderSource.values(),
                            Severity.values(),
                            AppealDecision.values(),
                            DisputeDecision.values())
                    .flatMap(Arrays::stream)
                    .map(Enum::name)
                    .forEach(code -> assertFalse(text.contains(code), code + " in: " + text));
        }
    }
}
