package gov.chuangcheng.events.inspection;

import gov.chuangcheng.events.Severity;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.problem.reported.v1}: a problem reported through the Open311 intake (12345 hotline, 数字城管) and routed to
 * a point and standard. The reporter's personal data never travels on the bus.
 *
 * @param channel the reporting system, e.g. {@code 12345}
 */
public record ProblemReported(
        String requestId,
        String channel,
        String serviceCode,
        String description,
        PointRef point,
        String standardCode,
        String standardName,
        Severity severity,
        Double lat,
        Double lon,
        List<String> mediaUrls,
        OffsetDateTime reportedAt) {}
