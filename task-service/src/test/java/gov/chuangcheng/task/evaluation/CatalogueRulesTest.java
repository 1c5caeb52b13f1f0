package gov.chuangcheng.task.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.problem.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The import rules, on CSV text and on the JSON tree, without the service. */
class CatalogueRulesTest {

    static final String HEADER = "category_code,category_name,indicator_code,indicator_name,standard_code,"
            + "standard_name,full_marks,weight,method,point_types\n";

    static final String GOOD = HEADER
            + "C-3,公共环境,I-3.1,农贸市场,S-3.1.1,公益广告不少于5处,2,0.5,FIELD_INSPECTION,FARMERS_MARKET\n"
            + "C-3,公共环境,I-3.1,农贸市场,S-3.1.2,\"设公平秤和投诉点, 明码标价\",2.5,0.5,实地考察,农贸市场|SCHOOL\n"
            + "C-5,志愿服务,I-5.1,志愿服务组织,S-5.1.1,注册志愿者比例,3,1,ONLINE_FILING,\n";

    private static CatalogueRules.Result csv(String text) {
        return CsvCatalogue.read(text);
    }

    /** field → message, to assert on exact places */
    private static Map<String, String> errors(CatalogueRules.Result result) {
        assertFalse(result.valid(), "expected errors");
        assertNull(result.catalogue());
        return result.errors().stream()
                .collect(Collectors.toMap(
                        Problem.FieldError::field, Problem.FieldError::message, (a, b) -> a + " | " + b));
    }

    @Test
    void aGoodFileGivesTheTreeWithCodesForChineseNames() {
        CatalogueRules.Result result = csv(GOOD);
        assertTrue(result.valid(), () -> result.errors().toString());
        Catalogue c = result.catalogue();
        assertEquals(
                List.of("C-3", "C-5"),
                c.categories().stream().map(Catalogue.Category::code).toList());
        Catalogue.Standard second =
                c.categories().get(0).indicators().get(0).standards().get(1);
        assertEquals("设公平秤和投诉点, 明码标价", second.name());
        assertEquals(AssessmentMethod.FIELD_INSPECTION, second.method());
        assertEquals(List.of(PointType.FARMERS_MARKET, PointType.SCHOOL), second.pointTypes());
        assertEquals(new BigDecimal("2.5"), second.fullMarks());
        assertEquals(
                List.of(),
                c.categories().get(1).indicators().get(0).standards().get(0).pointTypes());
        assertEquals(3, c.standardCount());
    }

    @Test
    void aSurveyStandardTakesItsScoringRuleFromTheOptionalColumn() {
        String header = HEADER.replace("\n", ",survey_scoring\n");
        CatalogueRules.Result result = csv(header
                + "C-1,公共文明素养,I-1.1,核心价值观,S-1.1.3,市民知晓率,2,0.5,问卷调查,,≥90%:2；80:1.6；70:1\n"
                + "C-1,公共文明素养,I-1.1,核心价值观,S-1.1.4,市民满意度,2,0.5,SURVEY,,\n");
        assertTrue(result.valid(), () -> result.errors().toString());
        List<Catalogue.Standard> standards =
                result.catalogue().categories().get(0).indicators().get(0).standards();
        assertEquals("90:2;80:1.6;70:1", standards.get(0).surveyScoring().text());
        assertNull(standards.get(1).surveyScoring(), "the rule is optional: without one a survey is not scored");

        Map<String, String> errors = errors(csv(
                header + "C-1,a,I-1,b,S-1,x,2,0.5,SURVEY,,90:3\n" + "C-1,a,I-1,b,S-2,y,1,0.5,DOCUMENT_REVIEW,,90:1\n"));
        assertEquals("“90:3”的得分超过了该标准的分值2分", errors.get("rows[2].survey_scoring"));
        assertEquals("只有问卷调查类测评标准有评分规则；该标准为材料审核", errors.get("rows[3].survey_scoring"));
    }

    @Test
    void theJsonFormGivesTheRuleAsSteps() {
        var survey = new EvaluationSystemImport.StandardImport(
                "S-1",
                "满意度",
                new BigDecimal("2"),
                BigDecimal.ONE,
                "SURVEY",
                null,
                List.of(
                        new EvaluationSystemImport.ScoringStepImport(new BigDecimal("80"), new BigDecimal("1.5")),
                        new EvaluationSystemImport.ScoringStepImport(new BigDecimal("90"), null)),
                null);
        var request = new EvaluationSystemImport(
                "x",
                List.of(new EvaluationSystemImport.CategoryImport(
                        "C-1",
                        "公共环境",
                        List.of(new EvaluationSystemImport.IndicatorImport("I-1", "满意度", List.of(survey))))),
                null);
        assertEquals(
                "“90:”的格式应为 达标率:得分，例如 90:2 表示达到90%得2分",
                errors(JsonCatalogue.read(request)).get("categories[0].indicators[0].standards[0].surveyScoring"));
    }

    @Test
    void byteOrderMarkAndUtf8BytesAreAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(text, 0, body, bom.length, text.length);
        assertTrue(CsvCatalogue.read(body, StandardCharsets.UTF_8).valid());
    }

    @Test
    void gbkBytesAreRejectedAsUtf8ButReadWithTheirCharset() {
        byte[] gbk = GOOD.getBytes(Charset.forName("GBK"));
        assertEquals(
                List.of("body"),
                List.copyOf(
                        errors(CsvCatalogue.read(gbk, StandardCharsets.UTF_8)).keySet()));
        assertTrue(CsvCatalogue.read(gbk, Charset.forName("GBK")).valid());
    }

    @Test
    void weightsOfAnIndicatorMustAddUpToOne() {
        String text = HEADER
                + "C-1,公共文明素养,I-1.1,核心价值观,S-1.1.1,公益广告,2,0.4,FIELD_INSPECTION,MAIN_ROAD\n"
                + "C-1,公共文明素养,I-1.1,核心价值观,S-1.1.2,宣传栏,2,0.3,FIELD_INSPECTION,COMMUNITY\n"
                + "C-1,公共文明素养,I-1.2,文明行为,S-1.2.1,不闯红灯,2,1,FIELD_INSPECTION,MAIN_ROAD\n";
        Map<String, String> errors = errors(csv(text));
        assertEquals(List.of("rows[2].weight"), List.copyOf(errors.keySet()));
        assertTrue(errors.get("rows[2].weight").contains("I-1.1"), errors.toString());
        assertTrue(errors.get("rows[2].weight").contains("0.7"), errors.toString());
        // within the tolerance of 0.0001
        String thirds = HEADER
                + "C-1,a,I-1,b,S-1,x,1,0.3333,SURVEY,\n"
                + "C-1,a,I-1,b,S-2,y,1,0.3333,SURVEY,\n"
                + "C-1,a,I-1,b,S-3,z,1,0.3333,SURVEY,\n";
        assertTrue(csv(thirds).valid());
        assertEquals(
                List.of("rows[2].weight"),
                List.copyOf(errors(csv(thirds.replace("S-3,z,1,0.3333", "S-3,z,1,0.3332")))
                        .keySet()));
    }

    @Test
    void duplicateCodesAreReportedAtTheSecondOccurrence() {
        String text = GOOD + "C-5,志愿服务,I-5.2,志愿服务活动,S-3.1.1,学雷锋,1,1,DOCUMENT_REVIEW,\n";
        Map<String, String> errors = errors(csv(text));
        assertEquals(List.of("rows[5].standard_code"), List.copyOf(errors.keySet()));
        assertTrue(errors.get("rows[5].standard_code").contains("rows[2].standard_code"), errors.toString());
    }

    @Test
    void aCategoryOrIndicatorKeepsItsNameAndItsCategory() {
        String text = HEADER
                + "C-1,公共文明素养,I-1.1,核心价值观,S-1,a,1,0.5,SURVEY,\n"
                + "C-1,公共文明,I-1.1,核心价值观,S-2,b,1,0.5,SURVEY,\n"
                + "C-2,公共环境,I-1.1,核心价值观,S-3,c,1,1,SURVEY,\n";
        Map<String, String> errors = errors(csv(text));
        assertTrue(errors.containsKey("rows[3].category_name"), errors.toString());
        assertTrue(errors.containsKey("rows[4].indicator_code"), errors.toString());
    }

    @Test
    void methodsAndPointTypesMustBeKnownAndMatch() {
        String text = HEADER
                + "C-1,a,I-1,b,S-1,x,1,1,BY_PHONE,\n"
                + "C-1,a,I-2,b2,S-2,y,1,1,FIELD_INSPECTION,\n"
                + "C-1,a,I-3,b3,S-3,z,1,1,SURVEY,SCHOOL\n"
                + "C-1,a,I-4,b4,S-4,w,1,1,FIELD_INSPECTION,SCHOOL;MOON\n";
        Map<String, String> errors = errors(csv(text));
        assertEquals(
                List.of("rows[2].method", "rows[3].point_types", "rows[4].point_types", "rows[5].point_types"),
                errors.keySet().stream().sorted().toList());
        assertTrue(errors.get("rows[2].method").contains("BY_PHONE"));
        assertTrue(errors.get("rows[2].method").contains("FIELD_INSPECTION (实地考察)"));
        assertTrue(errors.get("rows[3].point_types").contains("needs the point types"));
        assertTrue(errors.get("rows[4].point_types").contains("only field-inspected"));
        assertTrue(errors.get("rows[5].point_types").contains("MOON"));
    }

    @Test
    void numbersCodesAndNamesAreChecked() {
        String text = HEADER
                + "C-1,a,I-1,b,S 1,,abc,1,SURVEY,\n"
                + "C-1,a,I-1,b,S-2,y,0,1.5,SURVEY,\n"
                + "C-1,a,I-1,b,S-3,z,1.234,0.00001,SURVEY,\n"
                + ",a,I-2,b,S-4,z,1,1,SURVEY,\n";
        Map<String, String> errors = errors(csv(text));
        assertEquals(
                List.of(
                        "rows[2].full_marks",
                        "rows[2].standard_code",
                        "rows[2].standard_name",
                        "rows[3].full_marks",
                        "rows[3].weight",
                        "rows[4].full_marks",
                        "rows[4].weight",
                        "rows[5].category_code"),
                errors.keySet().stream().sorted().toList());
    }

    @Test
    void malformedCsvNamesTheRow() {
        Map<String, String> errors = errors(csv(GOOD + "C-1,a,I-1,b,S-9,\"unclosed,1,1,SURVEY,\n"));
        assertEquals(List.of("rows[5]"), List.copyOf(errors.keySet()));
        assertTrue(errors.get("rows[5]").contains("not well-formed CSV"));

        Map<String, String> short_ = errors(csv(GOOD + "C-1,a,I-1,b,S-9,x,1,1,SURVEY\n"));
        assertEquals(List.of("rows[5]"), List.copyOf(short_.keySet()));
        assertTrue(short_.get("rows[5]").contains("has 9 fields"));
    }

    @Test
    void theHeaderMustNameEveryColumnInAnyOrder() {
        Map<String, String> errors = errors(csv("category_code,category_name\nC-1,a\n"));
        assertTrue(errors.containsKey("rows[1].weight"));
        assertTrue(errors.containsKey("rows[1].point_types"));
        assertEquals(Map.of("rows[1]", errors(csv("")).get("rows[1]")), errors(csv("")));
        assertEquals(List.of("rows[1]"), List.copyOf(errors(csv(HEADER)).keySet()));

        String reordered = "备注,Point_Types,method,weight,full_marks,standard_name,standard_code,indicator_name,"
                + "indicator_code,category_name,category_code\n"
                + "随便,,SURVEY,1,2,满意度,S-1,群众满意度,I-1,公共文明素养,C-1\n\n";
        assertTrue(csv(reordered).valid());
    }

    @Test
    void rowsAreSpreadsheetRowsEvenWithMultiLineFieldsAndBlankRows() {
        String text = HEADER
                + "C-1,a,I-1,b,S-1,\"两行\n名称\",1,0.5,SURVEY,\n"
                + ",,,,,,,,,\n"
                + "C-1,a,I-1,b,S-2,y,1,0.5,MOON,\n";
        assertEquals(List.of("rows[4].method"), List.copyOf(errors(csv(text)).keySet()));
    }

    @Test
    void jsonErrorsNameTheJsonPath() {
        var ok = new EvaluationSystemImport.StandardImport(
                "S-1",
                "公益广告",
                new BigDecimal("2"),
                new BigDecimal("0.6"),
                "FIELD_INSPECTION",
                List.of("FARMERS_MARKET"),
                null,
                null);
        var field = new EvaluationSystemImport.StandardImport(
                "S-2",
                "公厕洁净",
                new BigDecimal("2"),
                new BigDecimal("0.3"),
                "DOCUMENT_REVIEW",
                List.of("FARMERS_MARKET"),
                null,
                null);
        var dup = new EvaluationSystemImport.StandardImport(
                "S-1", "重复", new BigDecimal("1"), BigDecimal.ONE, "SURVEY", null, null, null);
        var request = new EvaluationSystemImport(
                "测试",
                List.of(
                        new EvaluationSystemImport.CategoryImport(
                                "C-1",
                                "公共环境",
                                List.of(
                                        new EvaluationSystemImport.IndicatorImport("I-1", "农贸市场", List.of(ok, field)),
                                        new EvaluationSystemImport.IndicatorImport("I-2", "空的", List.of()))),
                        new EvaluationSystemImport.CategoryImport(
                                "C-1",
                                "又一个",
                                List.of(new EvaluationSystemImport.IndicatorImport("I-3", "x", List.of(dup))))),
                null);
        Map<String, String> errors = errors(JsonCatalogue.read(request));
        assertEquals(
                List.of(
                        "categories[0].indicators[0].standards",
                        "categories[0].indicators[0].standards[1].pointTypes",
                        "categories[0].indicators[1].standards",
                        "categories[1].code",
                        "categories[1].indicators[0].standards[0].code"),
                errors.keySet().stream().sorted().toList());

        assertTrue(JsonCatalogue.read(new EvaluationSystemImport(
                        "x",
                        List.of(new EvaluationSystemImport.CategoryImport(
                                "C-1",
                                "公共环境",
                                List.of(new EvaluationSystemImport.IndicatorImport(
                                        "I-1",
                                        "农贸市场",
                                        List.of(new EvaluationSystemImport.StandardImport(
                                                "S-1",
                                                "公益广告",
                                                BigDecimal.TEN,
                                                BigDecimal.ONE,
                                                "实地考察",
                                                List.of("农贸市场"),
                                                null,
                                                null)))))),
                        null))
                .valid());
        assertEquals(
                List.of("categories"),
                List.copyOf(errors(JsonCatalogue.read(new EvaluationSystemImport("x", null, null)))
                        .keySet()));
    }

    @Test
    void theSeedFileFollowsTheRules() throws IOException {
        Path seed = Path.of("..", "scripts", "seed", "evaluation-system.csv");
        CatalogueRules.Result result = CsvCatalogue.read(Files.readAllBytes(seed), StandardCharsets.UTF_8);
        assertTrue(result.valid(), () -> String.valueOf(result.errors()));
        Catalogue c = result.catalogue();
        assertTrue(c.categories().size() >= 6);
        assertTrue(c.categories().stream().mapToInt(x -> x.indicators().size()).sum() >= 20);
        assertTrue(c.standardCount() >= 60);
    }

    @Test
    void versionNamesAreCodes() {
        assertTrue(CatalogueRules.versionProblem("2026").isEmpty());
        assertTrue(CatalogueRules.versionProblem("2026-draft.1").isEmpty());
        assertTrue(CatalogueRules.versionProblem("active").isPresent());
        assertTrue(CatalogueRules.versionProblem("2026 版").isPresent());
        assertTrue(CatalogueRules.versionProblem("x".repeat(33)).isPresent());
    }
}
