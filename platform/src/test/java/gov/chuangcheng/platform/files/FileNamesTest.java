package gov.chuangcheng.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsTheLastSegmentWithoutControlOrDirectionCharacters() {
        assertEquals("现场 照片.jpg", FileNames.cleaned("  现场 照片.jpg "));
        assertEquals("a.png", FileNames.cleaned("C:\\fakepath\\a.png"));
        assertEquals("passwd", FileNames.cleaned("../../etc/passwd"));
        assertEquals("photogpj.exe", FileNames.cleaned("photo\u202Egpj.exe"));
        assertEquals("ab.png", FileNames.cleaned("a\u0000b\n.png"));
        assertEquals("长".repeat(255), FileNames.cleaned("长".repeat(300)));
    }

    @Test
    void nothingLeftIsNoName() {
        assertNull(FileNames.cleaned(null));
        assertNull(FileNames.cleaned("   "));
        assertNull(FileNames.cleaned("dir/"));
        assertNull(FileNames.cleaned(".."));
    }
}
