package gov.chuangcheng.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.evaluation.StandardUpserted;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed files under scripts/seed are accepted by the API as they are (what scripts/seed.sh sends). */
@QuarkusTest
class SeedFilesTest {

    private static final Path SEED = Path.of("..", "scripts", "seed");

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectMapper json;

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void seedPointsAndChecklistsImport() throws Exception {
        fixtures.seedUnits();
        JsonNode checklists = json.readTree(Files.readString(SEED.resolve("checklists.json")));
        List<StandardUpserted> standards = new ArrayList<>();
        checklists.forEach(checklist -> checklist
                .get("items")
                .forEach(item ->
                        standards.add(Fixtures.standard(item.get("standardCode").asText(), "种子标准"))));
        fixtures.standards(standards.toArray(StandardUpserted[]::new));

        for (String type : List.of("FARMERS_MARKET", "BACK_STREET")) {
            given().contentType("application/json")
                    .body(checklists.get(type).toString())
                    .post("/checklists/" + type + "/versions")
                    .then()
                    .statusCode(201)
                    .body(
                            "items.size()",
                            equalTo(checklists.get(type).get("items").size()));
        }
        String csv = Files.readString(SEED.resolve("points.csv"));
        given().contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/points/import")
                .then()
                .statusCode(200);
        given().get("/points/NM-CG-003")
                .then()
                .statusCode(200)
                .body("typeName", equalTo("农贸市场"))
                .body("responsibleUnitCode", equalTo("SCJGJ"));
        given().get("/points/BJ-CG-008").then().statusCode(200).body("active", equalTo(false));
    }
}
