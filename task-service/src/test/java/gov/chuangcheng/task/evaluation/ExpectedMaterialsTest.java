package gov.chuangcheng.task.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.platform.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The expected materials (应报材料) of a standard, in the CSV column and the JSON list, without the service. */
class ExpectedMaterialsTest {

    static final String HEADER = "category_code,category_name,indicator_code,indicator_name,standard_code,"
            + "standard_name,full_marks,weight,method,point_types,materials\n";

    private static Map<String, String> errors(CatalogueRules.Result result) {
        assertFalse(result.valid(), "expected errors");
        return result.errors().stream()
                .collect(Collectors.toMap(
                        Problem.FieldError::field, Problem.FieldError::message, (a, b) -> a + " | " + b));
    }

    private static List<String> materialsOf(CatalogueRules.Result result, int indicator) {
        assertTrue(result.valid(), () -> result.errors().toString());
        return result.catalogue()
                .categories()
                .get(0)
                .indicators()
                .get(indicator)
                .standards()
                .get(0)
                .materials();
    }

    @Test
    void theColumnListsNamesBetweenChineseOrLatinSeparatorsAndIsOptional() {
        CatalogueRules.Result result = CsvCatalogue.read(HEADER
                + "C-1,志愿服务,I-1,志愿服务组织,S-1,志愿服务制度健全,2,1,材料审核,,\"工作方案；工作台账;照片|会议记录、"
                + "总结, 含数据\"\n"
                + "C-1,志愿服务,I-2,网上申报,S-2,注册志愿者比例,2,1,ONLINE_FILING,,\n"
                + "C-1,志愿服务,I-3,实地,S-3,站点有标识,2,1,FIELD_INSPECTION,COMMUNITY,\n");
        assertEquals(List.of("工作方案", "工作台账", "照片", "会议记录", "总结, 含数据"), materialsOf(result, 0));
        assertEquals(List.of(), materialsOf(result, 1));
        assertEquals(List.of(), materialsOf(result, 2));

        // without the column no standard lists any: the files the office kept before still import as they were
        CatalogueRules.Result old = CsvCatalogue.read(CatalogueRulesTest.GOOD);
        assertTrue(old.valid(), () -> old.errors().toString());
        assertTrue(old.catalogue().categories().stream()
                .flatMap(c -> c.indicators().stream())
                .flatMap(i -> i.standards().stream())
                .allMatch(s -> s.materials().isEmpty()));
    }

    @Test
    void onlyStandardsAssessedOnMaterialsListThemEachOnceAndBriefly() {
        String tooMany = IntStream.rangeClosed(1, 21).mapToObj(i -> "材料" + i).collect(Collectors.joining("；"));
        Map<String, String> errors = errors(CsvCatalogue.read(HEADER
                + "C-1,a,I-1,b,S-1,x,1,1,FIELD_INSPECTION,SCHOOL,工作方案\n"
                + "C-1,a,I-2,b,S-2,x,1,1,SURVEY,,工作方案\n"
                + "C-1,a,I-3,b,S-3,x,1,1,DOCUMENT_REVIEW,,工作方案；台账；工作方案\n"
                + "C-1,a,I-4,b,S-4,x,1,1,DOCUMENT_REVIEW,," + "长".repeat(101) + "\n"
                + "C-1,a,I-5,b,S-5,x,1,1,ONLINE_FILING,," + tooMany + "\n"
                + "C-1,a,I-6,b,S-6,x,1,1,ONLINE_FILING,,工作方案；；台账；\n"));
        assertEquals(
                List.of(
                        "rows[2].materials",
                        "rows[3].materials",
                        "rows[4].materials",
                        "rows[5].materials",
                        "rows[6].materials"),
                errors.keySet().stream().sorted().toList());
        assertTrue(errors.get("rows[2].materials").contains("FIELD_INSPECTION"), errors.toString());
        assertTrue(errors.get("rows[3].materials").contains("SURVEY"), errors.toString());
        assertTrue(errors.get("rows[4].materials").contains("'工作方案' is listed twice"), errors.toString());
        assertTrue(errors.get("rows[5].materials").contains("longer than 100"), errors.toString());
        assertTrue(errors.get("rows[6].materials").contains("at most 20"), errors.toString());
        assertTrue(ExpectedMaterials.assessedOnMaterials(AssessmentMethod.ONLINE_FILING));
    }

    @Test
    void theJsonListIsCheckedAtItsPath() {
        List<String> blank = new ArrayList<>(List.of("工作方案"));
        blank.add(null);
        var ok = standard("S-1", "DOCUMENT_REVIEW", List.of(" 工作方案 ", "工作台账"));
        var field = standard("S-2", "FIELD_INSPECTION", List.of("照片"));
        var empty = standard("S-3", "ONLINE_FILING", blank);
        var single = standard("S-4", "ONLINE_FILING", List.of("x"));
        var request = new EvaluationSystemImport(
                "测试",
                List.of(new EvaluationSystemImport.CategoryImport(
                        "C-1",
                        "志愿服务",
                        List.of(
                                new EvaluationSystemImport.IndicatorImport("I-1", "甲", List.of(ok)),
                                new EvaluationSystemImport.IndicatorImport("I-2", "乙", List.of(field)),
                                new EvaluationSystemImport.IndicatorImport("I-3", "丙", List.of(empty)),
                                new EvaluationSystemImport.IndicatorImport("I-4", "丁", List.of(single))))),
                null);
        Map<String, String> errors = errors(JsonCatalogue.read(request));
        assertEquals(
                List.of(
                        "categories[0].indicators[1].standards[0].materials",
                        "categories[0].indicators[2].standards[0].materials"),
                errors.keySet().stream().sorted().toList());
        assertTrue(
                errors.get("categories[0].indicators[2].standards[0].materials").contains("name is required"));

        CatalogueRules.Result valid = JsonCatalogue.read(new EvaluationSystemImport(
                "测试",
                List.of(new EvaluationSystemImport.CategoryImport(
                        "C-1", "志愿服务", List.of(new EvaluationSystemImport.IndicatorImport("I-1", "甲", List.of(ok))))),
                null));
        assertEquals(List.of("工作方案", "工作台账"), materialsOf(valid, 0));
    }

    private static EvaluationSystemImport.StandardImport standard(String code, String method, List<String> materials) {
        return new EvaluationSystemImport.StandardImport(
                code,
                "标准" + code,
                BigDecimal.ONE,
                BigDecimal.ONE,
                method,
                method.equals("FIELD_INSPECTION") ? List.of("COMMUNITY") : null,
                null,
                materials);
    }
}
