package gov.chuangcheng.accountability.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingCsvTest {

    @Test
    void chineseHeadersPercentagesAndTooFewSamples() {
        String csv = RankingCsv.of(List.of(
                new RankingView(
                        1,
                        "CGJ",
                        "区城管局",
                        new BigDecimal("98.00"),
                        3,
                        8,
                        new BigDecimal("0.875"),
                        1,
                        8,
                        new BigDecimal("0.125"),
                        new BigDecimal("6.5"),
                        5,
                        2,
                        1,
                        new BigDecimal("0.1667")),
                new RankingView(
                        2,
                        "SCJGJ",
                        "=区市场监管局",
                        new BigDecimal("93.50"),
                        4,
                        1,
                        null,
                        null,
                        1,
                        null,
                        null,
                        5,
                        0,
                        0,
                        null)));
        String[] lines = csv.split("\r\n");
        assertTrue(csv.startsWith("\uFEFF"));
        assertEquals(
                "\uFEFF排名,单位编码,单位名称,考核得分,台账条目数,销号整改单数,按期整改率,按期整改率排名,复查整改单数,返工率," + "平均整改用时（工作小时）,退单数,退单改派数,退单率",
                lines[0]);
        assertEquals("1,CGJ,区城管局,98,3,8,87.5%,1,8,12.5%,6.5,2,1,16.7%", lines[1]);
        assertEquals("2,SCJGJ,'=区市场监管局,93.5,4,1,样本不足,,1,样本不足,样本不足,0,0,", lines[2]);
    }
}
