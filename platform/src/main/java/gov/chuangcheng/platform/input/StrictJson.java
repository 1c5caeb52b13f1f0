package gov.chuangcheng.platform.input;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * The JSON reader of REST request bodies: a request means what it says or is refused. Jackson's defaults, which
 * event payloads on Kafka keep (the catalogue promises tolerance of added fields), would store {@code "reason":
 * false} as the text "false", read {@code 9.5} as the score 9, the enum value {@code 0} as the first constant, keep
 * the last of two {@code "score"} keys and drop a mistyped field name without a word. Here each of those is a 400
 * naming the field. Answers leave out fields without a value instead of writing {@code null}, so that no field of a
 * view is null where its OpenAPI schema does not allow it (absent means "none"; Open311 views, whose spec lists
 * empty fields, keep them by their own annotation).
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    @Inject
    public StrictJson(ObjectMapper application) {
        this.strict = strict(application.copy())
                .setDefaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** Applies the strict reading rules to a mapper (a copy: the application's own mapper stays tolerant). */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // no scalar becomes another kind of scalar: text stays text, numbers numbers, booleans booleans
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableStrings()));
        return mapper;
    }

    /** A text value whose characters the database cannot keep: 400 naming its field. */
    public static final class UnstorableText extends InvalidFormatException {
        UnstorableText(JsonParser parser, String value) {
            super(parser, StorableText.MESSAGE, value, String.class);
        }
    }

    private static final class StorableStrings extends StdScalarDeserializer<String> {
        StorableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && !StorableText.storable(value)) {
                throw new UnstorableText(p, value);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
