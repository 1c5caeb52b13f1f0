package gov.chuangcheng.inspection.finding;

import java.util.UUID;

/**
 * Fired (CDI, in the dispatch's transaction) when the office dispatched a finding: the Open311 request it came from,
 * if any, now has its point.
 */
public record FindingDispatched(UUID findingId, String channel, UUID requestId, UUID pointId, String unitName) {}
