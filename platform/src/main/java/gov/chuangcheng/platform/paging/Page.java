package gov.chuangcheng.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list endpoint's result, with what a client needs to fetch the next. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Runs a Panache query for one page and maps its entities to views. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> toView) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page, request.size)).list().stream()
                .map(toView)
                .toList();
        return new Page<>(items, request.page, request.size, query.count());
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }
}
