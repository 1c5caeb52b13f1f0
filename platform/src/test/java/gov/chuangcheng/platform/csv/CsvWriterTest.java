package gov.chuangcheng.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("plain", CsvWriter.cell("plain"));
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.cell("two\nlines"));
        assertEquals("'=HYPERLINK(1)", CsvWriter.cell("=HYPERLINK(1)"));
        assertEquals("\"'=SUM(A1,B1)\"", CsvWriter.cell("=SUM(A1,B1)"));
        assertEquals("'-1+1", CsvWriter.cell("-1+1"));
        assertEquals("'-A1", CsvWriter.cell("-A1"));
        assertEquals("'-1.5.2", CsvWriter.cell("-1.5.2"));
        assertEquals("'+1", CsvWriter.cell("+1"));
        // a negative number is a number, not a formula: it must stay summable
        assertEquals("-1", CsvWriter.cell("-1"));
        assertEquals("-2.50", CsvWriter.cell("-2.50"));
        assertEquals("-12.50%", CsvWriter.cell("-12.50%"));
    }

    @Test
    void aDocumentStartsWithTheByteOrderMarkAndItsHeader() {
        StringBuilder out = CsvWriter.start(List.of("排名", "单位"));
        CsvWriter.line(out, List.of("1", "区城管局"));
        assertEquals(CsvWriter.BOM + "排名,单位\r\n1,区城管局\r\n", out.toString());
    }
}
