package gov.chuangcheng.task.material;

import gov.chuangcheng.platform.files.ContentStore;
import gov.chuangcheng.platform.files.FileNames;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.task.decomposition.TaskService;
import gov.chuangcheng.task.decomposition.TaskView;
import gov.chuangcheng.task.directory.UnitService;
import gov.chuangcheng.task.material.FilingStandards.FilingStandard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Filing (报送材料): a unit's file for a standard of the active version assessed on materials, as one of the materials
 * it expects, optionally for a task the unit serves it with. Every check runs before anything is kept, so a refused
 * filing changes nothing; the same unit filing the same bytes as the same material again gets its first filing back,
 * so that a retry on a poor network does not multiply files.
 */
@ApplicationScoped
public class MaterialService {

    /** A filing's outcome; {@code created} is false when the unit had filed these bytes as this material before. */
    public record Uploaded(SubmittedMaterialView material, boolean created) {}

    private final MaterialStore store;
    private final MaterialConfig config;
    private final FilingStandards standards;
    private final TaskService tasks;
    private final UnitService units;
    private final Clock clock;

    public MaterialService(
            MaterialStore store,
            MaterialConfig config,
            FilingStandards standards,
            TaskService tasks,
            UnitService units,
            Clock clock) {
        this.store = store;
        this.config = config;
        this.standards = standards;
        this.tasks = tasks;
        this.units = units;
        this.clock = clock;
    }

    public int maxBytes() {
        return config.maxBytes();
    }

    /** Files {@code content}; the content is checked first, then what it is filed as and for whom. */
    @Transactional
    public Uploaded upload(byte[] content, MaterialUpload form, Filer filer) {
        if (content.length > config.maxBytes()) {
            throw MaterialProblems.tooLarge(config.maxBytes());
        }
        if (content.length == 0) {
            throw MaterialProblems.unprocessable("file", "文件为空");
        }
        MaterialType type = MaterialType.detect(content).orElseThrow(MaterialProblems::unsupported);
        if (form.note() != null && form.note().length() > MaterialUpload.NOTE_MAX) {
            throw ProblemException.invalid("note", "不能超过" + MaterialUpload.NOTE_MAX + "个字符");
        }
        FilingStandard standard = standard(form.standard());
        String expected = expected(standard, blankToNull(form.expected()));
        String unitCode = filer.unitFor(form.unit());
        if (units.find(unitCode, UnitScope.all()).isEmpty()) {
            throw MaterialProblems.unprocessable("unit", "单位名录中没有单位" + unitCode);
        }
        String task = blankToNull(form.task());
        if (task != null) {
            checkTask(task, standard, unitCode);
        }
        String sha256 = ContentStore.sha256(content);
        Optional<SubmittedMaterialView> earlier = earlier(unitCode, standard.code(), expected, sha256);
        if (earlier.isPresent()) {
            return new Uploaded(earlier.get(), false);
        }
        try {
            store.put(sha256, content);
        } catch (IOException e) {
            throw new UncheckedIOException("material store refused " + sha256, e);
        }
        SubmittedMaterial m = new SubmittedMaterial();
        m.id = UUID.randomUUID().toString();
        m.version = standard.version();
        m.standardCode = standard.code();
        m.expectedName = expected;
        m.taskId = task;
        m.unitCode = unitCode;
        m.sha256 = sha256;
        m.fileType = type;
        m.sizeBytes = content.length;
        m.fileName = FileNames.cleaned(form.fileName());
        m.note = blankToNull(form.note());
        m.status = MaterialStatus.SUBMITTED;
        m.uploadedBy = filer.username();
        m.uploadedAt = clock.instant();
        m.persist();
        return new Uploaded(SubmittedMaterialView.of(m, List.of()), true);
    }

    /** The unit's filing of these bytes as this material, if any (also answers a concurrent retry that lost). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmittedMaterialView> earlier(
            String unitCode, String standardCode, String expected, String sha256) {
        return SubmittedMaterial.<SubmittedMaterial>find(
                        "unitCode = ?1 and standardCode = ?2 and coalesce(expectedName, '') = ?3 and sha256 = ?4",
                        unitCode,
                        standardCode,
                        expected == null ? "" : expected,
                        sha256)
                .firstResultOptional()
                .map(this::view);
    }

    /** The material if the scope sees its unit; otherwise empty, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmittedMaterialView> find(String id, UnitScope scope) {
        return visible(id, scope).map(this::view);
    }

    /** The bytes of a material (found in the caller's scope). */
    public InputStream content(SubmittedMaterialView material) {
        try {
            return store.open(material.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("material store has no " + material.sha256(), e);
        }
    }

    /** Materials of the units in scope, filtered, latest first; the scope is part of the query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubmittedMaterialView> list(UnitScope scope, MaterialFilter filter, PageRequest paging) {
        if (scope.filter().map(Collection::isEmpty).orElse(false)) {
            return new Page<>(List.of(), paging.page, paging.size, 0);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope.filter().ifPresent(u -> {
            where.append(" and unitCode in :scope");
            params.put("scope", u);
        });
        if (filter.standard() != null) {
            where.append(" and standardCode = :standard");
            params.put("standard", filter.standard());
        }
        if (filter.unit() != null) {
            where.append(" and unitCode = :unit");
            params.put("unit", filter.unit());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        Page<SubmittedMaterial> page = Page.of(
                SubmittedMaterial.<SubmittedMaterial>find(where + " order by uploadedAt desc, id", params),
                paging,
                m -> m);
        Map<String, List<MaterialReview>> reviews =
                reviewsOf(page.items().stream().map(m -> m.id).toList());
        return page.map(m -> SubmittedMaterialView.of(m, reviews.getOrDefault(m.id, List.of())));
    }

    private Optional<SubmittedMaterial> visible(String id, UnitScope scope) {
        return SubmittedMaterial.<SubmittedMaterial>findByIdOptional(id).filter(m -> scope.includes(m.unitCode));
    }

    SubmittedMaterialView view(SubmittedMaterial m) {
        return SubmittedMaterialView.of(m, reviewsOf(List.of(m.id)).getOrDefault(m.id, List.of()));
    }

    private static Map<String, List<MaterialReview>> reviewsOf(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return MaterialReview.<MaterialReview>list("materialId in ?1 order by number", ids).stream()
                .collect(Collectors.groupingBy(r -> r.materialId));
    }

    private FilingStandard standard(String code) {
        if (blankToNull(code) == null) {
            throw ProblemException.invalid("standard", "必填：材料所属测评标准的编码");
        }
        FilingStandard standard = standards
                .active(code.trim())
                .orElseThrow(() -> MaterialProblems.unprocessable(
                        "standard", standards.anyActive() ? "现行测评体系中没有测评标准" + code.trim() : "尚未启用测评体系"));
        if (!standard.assessedOnMaterials()) {
            throw MaterialProblems.unprocessable(
                    "standard",
                    "不是材料审核或网上申报类测评标准（测评标准" + standard.code() + "的测评方式为"
                            + standard.method().displayName() + "）");
        }
        return standard;
    }

    /** The expected material the file is: one the standard lists, or none when it lists none. */
    private static String expected(FilingStandard standard, String expected) {
        List<String> listed = standard.expected();
        if (listed.isEmpty()) {
            if (expected != null) {
                throw MaterialProblems.unprocessable("expected", "测评标准" + standard.code() + "未列应报材料，无需注明");
            }
            return null;
        }
        if (expected == null) {
            throw MaterialProblems.unprocessable("expected", "须注明是哪一项应报材料：" + String.join("、", listed));
        }
        if (!listed.contains(expected)) {
            throw MaterialProblems.unprocessable(
                    "expected", "不是测评标准" + standard.code() + "的应报材料（" + String.join("、", listed) + "）");
        }
        return expected;
    }

    /** The task must serve the standard, and the unit must lead it or co-operate on it. */
    private void checkTask(String id, FilingStandard standard, String unitCode) {
        TaskView task = tasks.find(id, UnitScope.all())
                .filter(t -> t.leadUnit().code().equals(unitCode)
                        || t.coUnits().stream().anyMatch(u -> u.code().equals(unitCode)))
                .orElseThrow(() -> MaterialProblems.unprocessable("task", "没有本单位牵头或配合的此项任务"));
        if (task.standards().stream().noneMatch(s -> s.code().equals(standard.code()))) {
            throw MaterialProblems.unprocessable("task", "该任务不服务于测评标准" + standard.code());
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
