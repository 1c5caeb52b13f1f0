package gov.chuangcheng.task.evaluation;

import java.io.Serializable;
import java.util.Objects;

/** Identity of a category, indicator or standard: the version of the evaluation system and the code. */
public class EvalKey implements Serializable {

    public String systemVersion;
    public String code;

    public EvalKey() {}

    public EvalKey(String systemVersion, String code) {
        this.systemVersion = systemVersion;
        this.code = code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvalKey k && Objects.equals(systemVersion, k.systemVersion) && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(systemVersion, code);
    }
}
