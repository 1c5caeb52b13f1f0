package gov.chuangcheng.task.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyScoringTest {

    private static final BigDecimal FULL = new BigDecimal("2");

    private static SurveyScoring rule(String text) {
        List<String> errors = new ArrayList<>();
        SurveyScoring rule = SurveyScoring.parse(List.of(text), FULL, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        return rule;
    }

    private static List<String> errors(String text) {
        List<String> errors = new ArrayList<>();
        assertNull(SurveyScoring.parse(List.of(text), FULL, errors::add));
        return errors;
    }

    @Test
    void aRateEarnsTheMarksOfTheHighestThresholdItReaches() {
        SurveyScoring rule = rule("≥80%:1.6；90:2 | 70=1");
        assertEquals("90:2;80:1.6;70:1", rule.text(), "highest threshold first, whatever the order given");
        assertEquals(new BigDecimal("2"), rule.marksFor(new BigDecimal("95")));
        assertEquals(new BigDecimal("2"), rule.marksFor(new BigDecimal("90")), "at the threshold counts");
        assertEquals(new BigDecimal("1.6"), rule.marksFor(new BigDecimal("89.99")));
        assertEquals(new BigDecimal("1"), rule.marksFor(new BigDecimal("70")));
        assertEquals(BigDecimal.ZERO, rule.marksFor(new BigDecimal("69.9")), "below every threshold: 0");
        assertEquals(rule.text(), SurveyScoring.ofText(rule.text()).text(), "the stored text reads back the same");
    }

    @Test
    void noTextIsNoRule() {
        List<String> errors = new ArrayList<>();
        assertNull(SurveyScoring.parse(List.of(" ", ""), FULL, errors::add));
        assertTrue(errors.isEmpty());
        assertNull(SurveyScoring.ofText(null));
    }

    @Test
    void mistakesAreNamedInChinese() {
        assertEquals(List.of("“九十:2”的格式应为 达标率:得分，例如 90:2 表示达到90%得2分"), errors("九十:2"));
        assertEquals(List.of("“101:2”的达标线应大于0、不超过100，最多两位小数"), errors("101:2"));
        assertEquals(List.of("“90:3”的得分超过了该标准的分值2分"), errors("90:3"));
        assertEquals(List.of("“90:x”中的得分“x”不是数字"), errors("90:x"));
        assertEquals(List.of("达标线90%出现了两次"), errors("90:2;90.0:1"));
        assertEquals(List.of("达标率越高得分不能越低：90%得1分，80%却得2分"), errors("90:1;80:2"));
        assertEquals(
                1,
                errors("99:2;98:2;97:2;96:2;95:2;94:2;93:2;92:2;91:2;90:2;89:2").size(),
                "at most 10 steps");
    }
}
