package gov.chuangcheng.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksPhonesEmailsAndNames() {
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("**34", Masking.phone("1234"));
        assertEquals("z***@example.org", Masking.email("zhangsan@example.org"));
        assertEquals("张**", Masking.name("张三丰"));
        assertNull(Masking.phone(null));
    }

    @Test
    void unitScopeFiltersOnlyWhenRestricted() {
        assertTrue(UnitScope.all().includes("ANY"));
        assertTrue(UnitScope.all().filter().isEmpty());
        UnitScope street = UnitScope.only(Set.of("JD01", "SQ0101"));
        assertTrue(street.includes("SQ0101"));
        assertFalse(street.includes("CGJ"));
        assertFalse(UnitScope.none().includes("CGJ"));
        assertEquals(Set.of("JD01", "SQ0101"), street.filter().orElseThrow());
    }
}
