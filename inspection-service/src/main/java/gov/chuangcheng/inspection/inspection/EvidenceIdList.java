package gov.chuangcheng.inspection.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** An item result's evidence ids as the JSON array its column holds. */
final class EvidenceIdList {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private EvidenceIdList() {}

    static String write(List<String> ids) {
        try {
            return JSON.writeValueAsString(ids == null ? List.of() : ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> read(String ids) {
        try {
            return ids == null ? List.of() : JSON.readValue(ids, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
