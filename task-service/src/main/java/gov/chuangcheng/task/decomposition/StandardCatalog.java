package gov.chuangcheng.task.decomposition;

import java.util.Collection;
import java.util.Map;

/** Which standards (测评标准) the active evaluation system has: tasks may only be decomposed from those. */
public interface StandardCatalog {

    /** A standard of the active evaluation system. */
    record Standard(String code, String name, String indicatorCode) {}

    /** The standards among {@code codes} that the active evaluation system has, by code; unknown codes are absent. */
    Map<String, Standard> activeStandards(Collection<String> codes);
}
