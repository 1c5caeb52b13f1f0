package gov.chuangcheng.task.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import gov.chuangcheng.platform.input.StrictJson;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evaluation system (测评体系), versioned: the campaign office imports a version from its spreadsheet (CSV) or as
 * JSON, checks it, and activates it; activation publishes the catalogue on {@code cc.evaluation.v1}.
 */
@Path("/evaluation-systems")
@Tag(name = "Evaluation system 测评体系", description = """
        The national evaluation system as the district uses it: category (测评项目) → indicator (测评内容) → standard \
        (测评标准). Versions are imported (CSV or JSON, all-or-nothing) and one is activated; activation publishes \
        every standard as cc.standard.upserted.v1 on cc.evaluation.v1 (key: standard code).""")
public class EvaluationSystemResource {

    static final String CSV = "text/csv";

    static final String IMPORT_DESCRIPTION = """
            Imports version `{version}` of the evaluation system, all-or-nothing: a file with any mistake is rejected \
            with 400 and **nothing** is stored. Re-importing a version replaces it while it is not active; importing \
            over the active version is 409 (import a new version and activate it instead). Nothing is published until \
            the version is activated.

            **CSV** (`Content-Type: text/csv`, UTF-8 unless a `charset` parameter says otherwise; an optional UTF-8 BOM \
            as Excel writes it is ignored; RFC 4180 quoting): a header row naming the columns `category_code, \
            category_name, indicator_code, indicator_name, standard_code, standard_name, full_marks, weight, method, \
            point_types` and optionally `survey_scoring` (any order, other columns ignored), then one row per standard. A category or indicator \
            repeats on each row of its standards with the same name. `point_types` lists point types separated by `;` \
            or `|`. An optional column `materials` lists a standard's expected materials (应报材料) separated by `；`, \
            `;`, `|` or `、`. The optional query parameter `name` names the version.

            **JSON** (`Content-Type: application/json`): `{"name": ..., "categories": [{"code", "name", "indicators": \
            [{"code", "name", "standards": [{"code", "name", "fullMarks", "weight", "method", "pointTypes": [...], \
            "surveyScoring": [{"atLeast", "marks"}], "materials": [...]}]}]}], "vetoItems": [{"code", "name", \
            "consequence"}]}`; `vetoItems` (负面清单) replaces the version's negative list (absent: left as it is; also \
            `PUT /evaluation-systems/{version}/veto-items`).

            **Rules**
            - codes: 1–32 letters, digits, `.`, `_` or `-`, starting with a letter or digit; category, indicator and \
            standard codes are each unique within the version;
            - names required (category ≤ 200 characters, indicator and standard ≤ 500);
            - full marks (分值) > 0 with at most 2 decimals;
            - weight (权重) > 0 and ≤ 1 with at most 4 decimals, and **within each indicator the weights of its \
            standards add up to 1 (±0.0001)**;
            - method: `FIELD_INSPECTION` 实地考察, `DOCUMENT_REVIEW` 材料审核, `SURVEY` 问卷调查 or `ONLINE_FILING` 网上申报 \
            (code or Chinese name);
            - point types (code or Chinese name): `MAIN_ROAD` 主次干道, `BACK_STREET` 背街小巷, `COMMERCIAL_STREET` 商业大街, \
            `FARMERS_MARKET` 农贸市场, `TRANSPORT_HUB` 交通场站, `ACCESSIBILITY` 无障碍设施, `SCHOOL` 学校, `HOSPITAL` 医院, \
            `COMMUNITY` 社区, `RESIDENTIAL_COMPOUND` 居民小区, `PARK_SQUARE` 公园广场, `SERVICE_WINDOW` 窗口单位, \
            `CULTURAL_VENUE` 公共文化场馆, `CIVILIZATION_PRACTICE_CENTER` 新时代文明实践站所, `CONSTRUCTION_SITE` 建筑工地, \
            `INTERNET_CAFE` 网吧; at least one for a field-inspected standard, none for any other method;
            - survey scoring (问卷调查 standards only, optional): thresholds → marks, e.g. `90:2;80:1.6;70:1` (a rate of \
            90% or more earns 2 marks, 80% 1.6, 70% 1, below 0): thresholds more than 0 and at most 100, once each; \
            marks from 0 to the full marks; a higher threshold never fewer marks. Without a rule a survey standard is \
            not scored;
            - expected materials (应报材料, e.g. 工作方案；工作台账；照片): only for a `DOCUMENT_REVIEW` or `ONLINE_FILING` \
            standard, each name 1–100 characters and listed once, at most 20; none means any material will do.

            **Errors** are problem+json (400) with every mistake in `errors[]` (at most 200). `errors[].field` names the \
            place: for CSV `rows[<row>].<column>` — `<row>` is the row number a spreadsheet shows, the header row being \
            row 1, and `<column>` the header name, e.g. `rows[7].weight`; `rows[<row>]` alone when the whole row is \
            wrong (malformed CSV, wrong number of fields). For JSON the JSON path with 0-based indexes, e.g. \
            `categories[0].indicators[1].standards[2].weight`. A wrong weight sum is reported at the first row of the \
            indicator (CSV) or at `categories[i].indicators[j].standards` (JSON). A file that is not valid text in its \
            charset is reported at `body`.""";

    private static final String CSV_EXAMPLE = """
            category_code,category_name,indicator_code,indicator_name,standard_code,standard_name,full_marks,weight,method,point_types
            C-3,公共环境,I-3.1,农贸市场,S-3.1.1,公益广告不少于5处,2,0.5,FIELD_INSPECTION,FARMERS_MARKET
            C-3,公共环境,I-3.1,农贸市场,S-3.1.2,"设公平秤和投诉点，明码标价",2,0.5,实地考察,农贸市场
            """;

    private final EvaluationSystemService systems;
    private final Actor actor;
    /** The REST layer's strict reader: an imported document is a request body like any other. */
    private final StrictJson json;

    public EvaluationSystemResource(EvaluationSystemService systems, Actor actor, StrictJson json) {
        this.systems = systems;
        this.actor = actor;
        this.json = json;
    }

    @POST
    @Path("/{version}/import")
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Import a version of the evaluation system from CSV or JSON (all-or-nothing)",
            description = IMPORT_DESCRIPTION)
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = EvaluationSystemImport.class))
            })
    @APIResponse(
            responseCode = "201",
            description = "已导入: the new version, not active yet",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvaluationSystemView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "新资源的地址 (URL of what was created)",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(
            responseCode = "200",
            description = "已替换: the inactive version of that name, replaced",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvaluationSystemView.class)))
    public Response importVersion(
            @PathParam("version") String version,
            @QueryParam("name") String name,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            byte[] body)
            throws JsonProcessingException {
        CatalogueRules.versionProblem(version).ifPresent(p -> {
            throw ProblemException.invalid("version", p);
        });
        MediaType type = headers.getMediaType();
        CatalogueRules.Result result;
        String bodyName = null;
        List<EvaluationSystemImport.VetoItemImport> vetoItems = null;
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            EvaluationSystemImport request = readJson(body);
            bodyName = request == null ? null : request.name();
            result = JsonCatalogue.read(request);
            List<Problem.FieldError> vetoErrors = JsonCatalogue.vetoItemErrors(request);
            if (!vetoErrors.isEmpty()) {
                List<Problem.FieldError> all = new ArrayList<>(result.errors());
                all.addAll(vetoErrors);
                result = new CatalogueRules.Result(null, all);
            }
            vetoItems = request == null ? null : request.vetoItems();
        } else {
            result = CsvCatalogue.read(body == null ? new byte[0] : body, charset(type));
        }
        String systemName = systemName(version, name != null ? name : bodyName);
        if (!result.valid()) {
            throw ProblemException.invalid(result.errors());
        }
        EvaluationSystemService.Imported imported =
                systems.importCatalogue(version, systemName, result.catalogue(), vetoItems, actor.username());
        if (imported.created()) {
            return Response.created(uri.getBaseUriBuilder()
                            .path("evaluation-systems")
                            .path(version)
                            .build())
                    .entity(imported.system())
                    .build();
        }
        return Response.ok(imported.system()).build();
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Make a version the active evaluation system and publish its catalogue", description = """
                    The version becomes the one tasks and inspections use; the previously active version becomes \
                    inactive. Publishes cc.standard.upserted.v1 (key: standard code) for every standard of the version \
                    with active=true, and for every standard of the previous version that this version no longer has \
                    with active=false. Activating the active version again changes and publishes nothing.""")
    public EvaluationSystemView activate(@PathParam("version") String version) {
        return systems.activate(version, actor.username());
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "Versions of the evaluation system, the active one first, then the latest imported")
    public Page<EvaluationSystemView> list(@BeanParam @Valid PageRequest paging) {
        return systems.list(paging);
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "The active evaluation system as a tree; 404 while no version is active")
    @APIResponse(
            responseCode = "200",
            description = "生效的测评体系 / the active version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvaluationSystemTreeView.class)))
    @APIResponse(responseCode = "404", description = "尚无生效的测评体系 / no version is active")
    public EvaluationSystemTreeView active() {
        return systems.activeTree();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A version of the evaluation system as a tree (e.g. to check an import before activating)")
    public EvaluationSystemTreeView get(@PathParam("version") String version) {
        return systems.tree(version);
    }

    /** Malformed JSON or a wrong type propagates to the platform's mapper: 400 naming the JSON path. */
    private EvaluationSystemImport readJson(byte[] body) throws JsonProcessingException {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is required");
        }
        try {
            return json.getContext(EvaluationSystemImport.class).readValue(body, EvaluationSystemImport.class);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw ProblemException.invalid("body", "cannot be read");
        }
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (RuntimeException e) {
            throw ProblemException.invalid("Content-Type", "unknown charset '" + name + "'");
        }
    }

    private static String systemName(String version, String name) {
        if (name == null || name.isBlank()) {
            return "测评体系 " + version;
        }
        if (name.trim().length() > CatalogueRules.SYSTEM_NAME_MAX) {
            throw ProblemException.invalid("name", "is longer than " + CatalogueRules.SYSTEM_NAME_MAX + " characters");
        }
        return name.trim();
    }
}
