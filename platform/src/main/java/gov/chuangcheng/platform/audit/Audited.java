package gov.chuangcheng.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A resource method whose successful answers are recorded in the audit log ({@link AuditLog}): those that show
 * personal data (12345 callers' names, mail and phone; unit contacts) and every export.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    Kind kind();

    /** What was read or exported, as the office reads the log: 单位联系人, 整改单导出. */
    String what();

    @Schema(name = "AuditKind")
    enum Kind {
        /** An answer that showed personal data unmasked. */
        PERSONAL_DATA,
        /** An export (CSV, a notice): data leaving the system in bulk. */
        EXPORT
    }
}
