package gov.chuangcheng.task.decomposition;

import java.time.Instant;
import java.util.List;

/** A progress report as the API shows it. */
public record ProgressView(
        String id,
        String taskId,
        int number,
        String text,
        int percent,
        List<MaterialView> materials,
        String reportedBy,
        String reporterUnit,
        Instant reportedAt) {

    public record MaterialView(String name, String uri) {}

    static ProgressView of(ProgressReport r) {
        return new ProgressView(
                r.id,
                r.taskId,
                r.number,
                r.text,
                r.percent,
                r.materials.stream().map(m -> new MaterialView(m.name, m.uri)).toList(),
                r.reportedBy,
                r.reporterUnit,
                r.reportedAt);
    }
}
