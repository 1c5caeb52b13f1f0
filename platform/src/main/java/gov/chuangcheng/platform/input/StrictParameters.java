package gov.chuangcheng.platform.input;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reads numbers and booleans of query, header and form parameters strictly, naming the parameter when a value is
 * wrong. Without it JAX-RS answers a query parameter it cannot convert with 404 (as if the resource did not exist)
 * and reads any word other than "true" as {@code false}, so that {@code ?overdue=maybe} silently means "not overdue".
 * Path parameters keep the 404 for numbers: a path that cannot name a resource names none. Text of every kind of
 * parameter, path segments included, must be {@linkplain StorableText storable}: a {@code %00} is a 400 naming the
 * parameter instead of a database error.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    /** A parameter value that does not read as its type: answered as 400 naming the parameter. */
    public static final class InvalidParameter extends WebApplicationException {
        private final String parameter;

        InvalidParameter(String parameter, String message) {
            super(message, 400);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        boolean path = Arrays.stream(annotations).anyMatch(a -> a instanceof PathParam);
        if (path && rawType != String.class) {
            return null;
        }
        // an absent (or empty) parameter is null, or the primitive's zero value, as JAX-RS has it
        if (rawType == String.class) {
            return (ParamConverter<T>) new Storable(name);
        }
        if (rawType.isEnum()) {
            // JAX-RS answers a query parameter it cannot convert with 404, as if the resource did not exist
            return (ParamConverter<T>) enumConverter(name, rawType);
        }
        boolean primitive = rawType.isPrimitive();
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>)
                    new Strict<>(name, "must be a whole number", Integer::valueOf, primitive ? 0 : null);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>)
                    new Strict<>(name, "must be a whole number", Long::valueOf, primitive ? 0L : null);
        }
        if (rawType == Double.class || rawType == double.class) {
            return (ParamConverter<T>)
                    new Strict<>(name, "must be a number", StrictParameters::finite, primitive ? 0.0 : null);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Strict<>(
                    name, "must be true or false", StrictParameters::bool, primitive ? Boolean.FALSE : null);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ParamConverter<T> enumConverter(String name, Class<T> type) {
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(Object::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        return new Strict<>(name, "must be one of " + allowed, v -> (T) Enum.valueOf((Class) type, v), null);
    }

    static Double finite(String s) {
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("not finite");
        }
        return d;
    }

    /** true or false; also 1 and 0 (the REST layer itself hands an absent primitive boolean over as "0"). */
    static Boolean bool(String s) {
        if ("true".equalsIgnoreCase(s) || "1".equals(s)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(s) || "0".equals(s)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(s);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof RestForm f) {
                return f.value().isEmpty() ? "form" : f.value();
            }
            if (a instanceof RestQuery q) {
                return q.value().isEmpty() ? "query" : q.value();
            }
        }
        return null;
    }

    private record Strict<T>(String name, String message, Function<String, T> parse, T absent)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return absent;
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameter(name, message);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    /** Text as given (blank included), refused only when it holds a character that cannot be stored. */
    private record Storable(String name) implements ParamConverter<String> {
        @Override
        public String fromString(String value) {
            if (value != null && !StorableText.storable(value)) {
                throw new InvalidParameter(name, StorableText.MESSAGE);
            }
            return value;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    }
}
