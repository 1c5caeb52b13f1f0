package gov.chuangcheng.task.decomposition;

import jakarta.persistence.Embeddable;

/** A reference to ledger material (台账材料) a progress report rests on, for the document review (材料审核). */
@Embeddable
public class Material {
    public String name;
    public String uri;

    public Material() {}

    public Material(String name, String uri) {
        this.name = name;
        this.uri = uri;
    }
}
