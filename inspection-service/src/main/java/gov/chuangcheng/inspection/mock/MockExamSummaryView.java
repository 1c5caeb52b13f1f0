package gov.chuangcheng.inspection.mock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A mock exam in the list: its day, seed, inspectors and score in short. */
public record MockExamSummaryView(
        String id,
        LocalDate date,
        long seed,
        String note,
        List<String> inspectors,
        MockScoreView score,
        String createdBy,
        Instant createdAt) {}
