package gov.chuangcheng.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods a request path has, for the {@code Allow} header a 405 must carry (RFC 9110 §15.5.6). The REST layer
 * lists them only when answering OPTIONS, so they are read once from the resource classes themselves.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern PARAMETER =
            Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?}");

    /** One resource method: its path as a pattern, how many literal characters it has, its HTTP method. */
    private record Route(Pattern path, int literals, String method) {}

    private final BeanManager beans;
    private volatile List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /**
     * The methods of the path's resource, with HEAD for GET and OPTIONS; empty if there is none. Where several
     * templates match ({@code /orders/overdue} and {@code /orders/{id}}), the one with the most literal characters is
     * the resource, as JAX-RS selects it.
     */
    public Set<String> of(String path) {
        String normalised = normalised(path);
        List<Route> matching = routes().stream()
                .filter(r -> r.path().matcher(normalised).matches())
                .toList();
        int best = matching.stream().mapToInt(Route::literals).max().orElse(-1);
        Set<String> allowed = new TreeSet<>();
        for (Route route : matching) {
            if (route.literals() == best) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    addRoutes(bean.getBeanClass(), root.value(), known);
                }
            }
            routes = List.copyOf(known);
        }
        return known;
    }

    private static void addRoutes(Class<?> resource, String root, List<Route> into) {
        for (Method m : resource.getMethods()) {
            String method = httpMethod(m);
            if (method != null) {
                Path sub = m.getAnnotation(Path.class);
                String template = normalised(root + "/" + (sub == null ? "" : sub.value()));
                int literals = PARAMETER.matcher(template).replaceAll("").length();
                into.add(new Route(template(template), literals, method));
            }
        }
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A path template ({@code /requests/{id}.json}, {@code {id: \d+}}) as a pattern over decoded paths. */
    static Pattern template(String template) {
        String path = normalised(template);
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(path);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start())));
            regex.append('(')
                    .append(m.group(1) == null ? "[^/]+" : m.group(1).strip())
                    .append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String normalised(String path) {
        String p = ("/" + path).replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
