package gov.chuangcheng.task.material;

import gov.chuangcheng.platform.problem.ProblemException;

/**
 * Who files a material and for which unit: a department for its own unit (its token's {@code unit}), the office on
 * behalf of the unit it names. Resolved after the file is checked, so that a wrong file is refused as such whoever
 * sends it.
 *
 * @param ownUnit the unit of a department's token; null for the office (and a department token without one)
 */
public record Filer(String username, boolean office, String ownUnit) {

    /** The unit the material is filed for, given the form's {@code unit} field (null when absent). */
    public String unitFor(String named) {
        String unit = MaterialService.blankToNull(named);
        if (office) {
            if (unit == null) {
                throw ProblemException.invalid("unit", "创城办代为上传时须注明责任单位");
            }
            return unit;
        }
        if (ownUnit == null) {
            throw ProblemException.forbidden("令牌未载明所属单位，不能上传材料");
        }
        if (unit != null && !unit.equals(ownUnit)) {
            throw ProblemException.forbidden("只能为本单位（" + ownUnit + "）上传材料");
        }
        return ownUnit;
    }
}
