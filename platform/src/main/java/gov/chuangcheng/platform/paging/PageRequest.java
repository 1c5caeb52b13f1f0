package gov.chuangcheng.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging query parameters every list endpoint takes: {@code page} (0-based, at most {@value #MAX_PAGE}) and
 * {@code size} (1–500, default 50). Use as {@code @BeanParam @Valid PageRequest paging}; invalid values are a 400
 * naming the parameter. Both bounds together keep {@code page × size} within an {@code int}, which the query layer
 * computes the offset in: an unbounded page overflowed it into a negative offset and a database error.
 */
public class PageRequest {

    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    public int size = 50;

    public static PageRequest of(int page, int size) {
        PageRequest p = new PageRequest();
        p.page = page;
        p.size = size;
        return p;
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
