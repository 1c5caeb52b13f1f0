package gov.chuangcheng.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    private static List<List<String>> fields(String text) {
        return CsvParser.parse(text).stream().map(CsvParser.Record::fields).toList();
    }

    @Test
    void plainFieldsAndEveryLineEnding() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "2", "3")), fields("a,b,c\r\n1,2,3\r\n"));
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), fields("a,b\n1,2"));
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), fields("a,b\r1,2\r"));
    }

    @Test
    void emptyFieldsAreKept() {
        assertEquals(List.of(List.of("a", "", "")), fields("a,,\n"));
        assertEquals(List.of(List.of("", "b")), fields(",b"));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<CsvParser.Record> records =
                CsvParser.parse("code,name\nS-1,\"开展\"\"文明家庭\"\",\"\"文明楼栋\"\"评选\"\nS-2,\"第一行\r\n第二行\"\nS-3,\"\"\n");
        assertEquals(4, records.size());
        assertEquals(List.of("S-1", "开展\"文明家庭\",\"文明楼栋\"评选"), records.get(1).fields());
        assertEquals(List.of("S-2", "第一行\r\n第二行"), records.get(2).fields());
        assertEquals(List.of("S-3", ""), records.get(3).fields());
        // record numbers count records (spreadsheet rows); lines count physical lines
        assertEquals(4, records.get(3).number());
        assertEquals(5, records.get(3).line());
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        assertEquals(List.of(List.of("category_code", "x")), fields("\uFEFFcategory_code,x\r\n"));
    }

    @Test
    void emptyTextHasNoRecordsAndAnEmptyLineIsABlankRecord() {
        assertEquals(List.of(), fields(""));
        assertEquals(List.of(), fields("\uFEFF"));
        List<CsvParser.Record> records = CsvParser.parse("a\n\nb\n");
        assertEquals(3, records.size());
        assertTrue(records.get(1).isBlank());
        assertEquals(3, records.get(2).number());
    }

    @Test
    void anUnclosedQuoteIsAnErrorAtTheRecordWhereItOpened() {
        CsvFormatException e =
                assertThrows(CsvFormatException.class, () -> CsvParser.parse("a,b\n1,2\n3,\"never closed\n4,5\n"));
        assertEquals(3, e.record());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvParser.parse("a,b\n\"x\"y,2\n"));
        assertEquals(2, e.record());
        assertTrue(e.getMessage().contains("closing quote"), e.getMessage());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnError() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvParser.parse("a,b\n1,2\n3,4\"5\n"));
        assertEquals(3, e.record());
        assertTrue(e.getMessage().contains("field 2"), e.getMessage());
    }

    @Test
    void recordNumbersFollowMultiLineFields() {
        CsvFormatException e =
                assertThrows(CsvFormatException.class, () -> CsvParser.parse("h\n\"two\nlines\"\nbad\"\n"));
        assertEquals(3, e.record());
        assertEquals(4, e.line());
    }
}
