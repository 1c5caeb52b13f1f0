package gov.chuangcheng.task.material;

import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import java.util.List;

/** The refusals of a filing that the platform has no factory for, each naming the field that is wrong. */
final class MaterialProblems {

    private MaterialProblems() {}

    /** 422: well-formed, but not what the evaluation system, the task or the file allows. */
    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(
                422,
                Problem.TYPE_BASE + "unprocessable",
                "Unprocessable Content",
                field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    static ProblemException tooLarge(int maxBytes) {
        String message = "文件超过" + maxBytes + "字节（" + readable(maxBytes) + "）的上限";
        return new ProblemException(
                413,
                Problem.TYPE_BASE + "content-too-large",
                "Content Too Large",
                message,
                List.of(new Problem.FieldError("file", message)));
    }

    private static String readable(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    static ProblemException unsupported() {
        return new ProblemException(
                415,
                Problem.TYPE_BASE + "unsupported-media-type",
                "Unsupported Media Type",
                MaterialType.ACCEPTED,
                List.of(new Problem.FieldError("file", MaterialType.ACCEPTED)));
    }
}
