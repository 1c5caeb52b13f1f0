package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.inspection.point.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns a stored draw and its score into what the API shows. */
final class MockExamViews {

    private MockExamViews() {}

    static MockExamSummaryView summary(MockExam exam, MockExamScores.Scored scored) {
        return new MockExamSummaryView(
                exam.id.toString(),
                exam.date,
                exam.seed,
                exam.note,
                exam.inspectors(),
                MockScoreView.of(scored.score()),
                exam.createdBy,
                exam.createdAt);
    }

    static MockExamView detail(MockExam exam, Map<UUID, Point> points, MockExamScores.Scored scored) {
        // the plans in the order their inspectors were given points, each with its points in drawn order
        Map<UUID, String> inspectorOf = new LinkedHashMap<>();
        Map<UUID, List<String>> codes = new LinkedHashMap<>();
        List<MockExamView.MockDrawnPointView> drawn = new ArrayList<>();
        for (MockExam.DrawnPoint d : exam.points) {
            Point p = points.get(d.pointId);
            codes.computeIfAbsent(d.planId, k -> new ArrayList<>()).add(p.code);
            inspectorOf.putIfAbsent(d.planId, d.inspector);
            drawn.add(new MockExamView.MockDrawnPointView(
                    p.code,
                    p.name,
                    p.type,
                    p.type.displayName(),
                    p.street,
                    p.responsibleUnitCode,
                    d.inspector,
                    d.planId.toString(),
                    scored.inspected(d.pointId)));
        }
        List<MockExamView.MockPlanView> plans = inspectorOf.entrySet().stream()
                .map(e -> new MockExamView.MockPlanView(
                        e.getKey().toString(), e.getValue(), List.copyOf(codes.get(e.getKey()))))
                .toList();
        return new MockExamView(
                exam.id.toString(),
                exam.date,
                exam.seed,
                exam.seedGenerated,
                exam.excludeLastDraws,
                exam.note,
                exam.quotas.stream()
                        .map(q -> new MockExamView.MockQuotaView(
                                q.type, q.type.displayName(), q.quota, q.declared, q.excluded))
                        .toList(),
                plans,
                List.copyOf(drawn),
                MockScoreView.of(scored.score()),
                scored.score().standards().stream()
                        .map(MockStandardScoreView::of)
                        .toList(),
                exam.createdBy,
                exam.createdAt);
    }
}
