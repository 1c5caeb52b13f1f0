package gov.chuangcheng.platform.openapi;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The error statuses an operation can answer, derived from what it takes, as the platform answers them: every
 * request can be malformed, name a path or query the server refuses, or ask for a type it cannot have; a secured
 * one can lack a token or the role; a path with parameters can name nothing; a body can be too large or of another
 * type; a change can conflict with the state; a version header can be stale or missing; an idempotency key can be
 * reused with another body. One rule for the document and for the tests that hold services to it.
 */
public final class ErrorStatuses {

    /** What an operation has that decides its error statuses. */
    public record Shape(String method, String path, boolean secured, boolean hasBody, List<String> headerParameters) {

        boolean mutates() {
            return List.of("post", "put", "patch", "delete").contains(method.toLowerCase());
        }

        boolean hasHeader(String name) {
            return headerParameters.stream().anyMatch(h -> h.equalsIgnoreCase(name));
        }
    }

    private ErrorStatuses() {}

    /** Status → what it means here, ordered by status. */
    public static SortedMap<String, String> of(Shape shape) {
        SortedMap<String, String> statuses = new TreeMap<>();
        statuses.put("400", "请求有误：参数、请求体或字符不合要求（errors 列出每个字段）/ invalid request, naming the field");
        if (shape.secured()) {
            statuses.put("401", "未登录或令牌无效 / no valid bearer token");
            statuses.put("403", "角色无权执行此操作 / the role does not allow this");
        }
        if (shape.path().contains("{")) {
            statuses.put("404", "不存在或不在本单位范围内 / does not exist or is outside the caller's units");
        }
        statuses.put("406", "无法提供所要求的媒体类型 / cannot answer in the Accept types");
        if (shape.mutates()) {
            statuses.put("409", "与当前状态冲突 / conflicts with the current state");
        }
        if (shape.hasHeader("If-Match")) {
            statuses.put("412", "版本已变化（If-Match 过期）/ the record changed since it was read");
        }
        if (shape.hasBody()) {
            statuses.put("413", "请求体过大 / body too large");
            statuses.put("415", "不支持的内容类型 / unsupported content type");
        }
        statuses.put("414", "请求地址过长 / request target too long");
        if (shape.hasHeader("Idempotency-Key")) {
            statuses.put("422", "同一 Idempotency-Key 已用于另一请求体 / idempotency key reused with another body");
        }
        if (shape.hasHeader("If-Match")) {
            statuses.put("428", "缺少 If-Match / If-Match is required");
        }
        return statuses;
    }
}
