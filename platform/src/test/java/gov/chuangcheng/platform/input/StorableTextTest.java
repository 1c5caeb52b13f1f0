package gov.chuangcheng.platform.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinaryTextControlCharactersAndWholeSurrogatePairsAreStorable() {
        assertTrue(StorableText.storable(""));
        assertTrue(StorableText.storable("农贸市场 A-01\t\r\n"));
        assertTrue(StorableText.storable("\u0001\u001f"));
        assertTrue(StorableText.storable("照片😀"));
    }

    @Test
    void nulAndLoneSurrogatesAreNot() {
        assertFalse(StorableText.storable("a\u0000"));
        assertFalse(StorableText.storable("\ud800"));
        assertFalse(StorableText.storable("\ud800x"));
        assertFalse(StorableText.storable("x\udc00"));
        assertFalse(StorableText.storable("\ude00\ud83d"));
    }
}
