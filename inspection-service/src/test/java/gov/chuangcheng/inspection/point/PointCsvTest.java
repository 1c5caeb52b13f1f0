package gov.chuangcheng.inspection.point;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.csv.CsvFormatException;
import gov.chuangcheng.platform.csv.CsvParser;
import gov.chuangcheng.platform.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointCsvTest {

    private static final String HEADER = PointCsv.COLUMN_LIST + "\r\n";

    @Test
    void readsRowsWithQuotesChineseNamesAndCoUnits() {
        String csv = "\uFEFF" + HEADER
                + "P-1,城关农贸市场,农贸市场,\"城关街道解放路1号, 东门\",JD01,30.1,120.2,GCJ-02,SCJGJ,CGJ;JD01,是\r\n"
                + "P-2,\"解放路\"\"背街\"\"\",BACK_STREET,解放路,,30.2,120.3,WGS84,CGJ,,\r\n";
        PointCsv.Result r = PointCsv.read(csv);
        assertTrue(r.valid(), r.errors().toString());
        assertEquals(2, r.rows().size());
        PointRequest first = r.rows().get(0).request();
        assertEquals(2, r.rows().get(0).number());
        assertEquals(PointType.FARMERS_MARKET, first.type());
        assertEquals("城关街道解放路1号, 东门", first.address());
        assertEquals(Crs.GCJ02, first.crs());
        assertEquals(List.of("CGJ", "JD01"), first.coUnitCodes());
        PointRequest second = r.rows().get(1).request();
        assertEquals("解放路\"背街\"", second.name());
        assertNull(second.street());
        assertEquals(Boolean.TRUE, second.active());
        assertEquals(List.of(), second.coUnitCodes());
    }

    @Test
    void reportsEveryBadCellWithRowAndColumn() {
        String csv = HEADER
                + "P-1,市场,PLANET,地址,,north,120.2,WGS84,SCJGJ,,\n"
                + "P-2,市场,FARMERS_MARKET,地址,,30,120,CGCS2000,SCJGJ,,maybe\n"
                + "P-3,too,few\n";
        PointCsv.Result r = PointCsv.read(csv);
        List<String> fields = r.errors().stream().map(Problem.FieldError::field).toList();
        assertEquals(List.of("rows[2].type", "rows[2].latitude", "rows[3].crs", "rows[3].active", "rows[4]"), fields);
    }

    @Test
    void aMissingColumnOrBrokenQuotingIsReportedOnce() {
        PointCsv.Result missing = PointCsv.read("code,name\nP-1,x\n");
        assertTrue(missing.errors().stream().anyMatch(e -> e.field().equals("rows[1].latitude")));
        PointCsv.Result broken = PointCsv.read(HEADER + "P-1,\"unclosed,x\n");
        assertEquals("rows[2]", broken.errors().get(0).field());
        assertEquals("body", PointCsv.read(HEADER).errors().get(0).field());
    }

    @Test
    void theParserFollowsRfc4180() {
        List<CsvParser.Record> records = CsvParser.parse("a,\"b,\r\nc\",\"\"\"q\"\"\"\r\nx,,\n");
        assertEquals(List.of("a", "b,\r\nc", "\"q\""), records.get(0).fields());
        assertEquals(List.of("x", "", ""), records.get(1).fields());
        assertEquals(2, records.size());
        assertThrows(CsvFormatException.class, () -> CsvParser.parse("a,b\"c\n"));
        assertThrows(CsvFormatException.class, () -> CsvParser.parse("\"a\"b\n"));
    }
}
