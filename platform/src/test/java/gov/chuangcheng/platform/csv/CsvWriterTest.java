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
        assertEquals("'-1", CsvWriter.cell("-1"));
    }

    @Test
    void aDocumentStartsWithTheByteOrderMarkAndItsHeader() {
        StringBuilder out = CsvWriter.start(List.of("排名", "单位"));
        CsvWriter.line(out, List.of("1", "区城管局"));
        assertEquals(CsvWriter.BOM + "排名,单位\r\n1,区城管局\r\n", out.toString());
    }
}
