package gov.chuangcheng.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    @Test
    void templatesMatchTheirPathsOnly() {
        assertTrue(AllowedMethods.template("/open311/v2/requests/{id}.json")
                .matcher("/open311/v2/requests/A-1.json")
                .matches());
        assertFalse(AllowedMethods.template("/open311/v2/requests/{id}.json")
                .matcher("/open311/v2/requests/A-1xjson")
                .matches());
        assertTrue(AllowedMethods.template("/rectifications/")
                .matcher("/rectifications")
                .matches());
        assertTrue(AllowedMethods.template("/points//{code: [A-Z]+}/items")
                .matcher("/points/NM/items")
                .matches());
        assertFalse(AllowedMethods.template("/points/{code: [A-Z]+}")
                .matcher("/points/nm")
                .matches());
        assertFalse(
                AllowedMethods.template("/points/{code}").matcher("/points/a/b").matches());
    }

    @Test
    void anEncodedNulIsFoundInThePathOrNamedByItsQueryParameter() {
        assertNull(HttpLayerRefusals.parameterWithNul("/points?q=a%20b"));
        assertEquals("path", HttpLayerRefusals.parameterWithNul("/points/a%00b?q=x"));
        assertEquals("q", HttpLayerRefusals.parameterWithNul("/points?size=1&q=a%00"));
        assertEquals("名称", HttpLayerRefusals.parameterWithNul("/points?%E5%90%8D%E7%A7%B0=%00"));
    }
}
