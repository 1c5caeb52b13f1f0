package gov.chuangcheng.task.directory;

import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or replace a unit. The code is immutable once created. */
@Schema(
        example =
                "{\"code\":\"CGJ\",\"name\":\"区城管局\",\"kind\":\"DEPARTMENT\",\"contacts\":[{\"name\":\"王伟\",\"role\":\"LIAISON\",\"phone\":\"0571-87001234\",\"email\":\"cgj@example.gov.cn\"}]}")
public record UnitRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,32}", message = "2–32 upper-case letters, digits, '_' or '-'")
        String code,

        @NotBlank @Size(max = 100) String name,
        @NotNull UnitKind kind,
        @Size(max = 32) String parentCode,
        Boolean active,
        @Size(max = 20) List<@Valid @NotNull ContactRequest> contacts) {

    public record ContactRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull ContactRole role,

            @Size(max = 20) @Pattern(regexp = "\\+?[0-9-]{5,20}", message = "digits, '-' or a leading '+'")
            String phone,

            @Email @Size(max = 200) String email,
            @Size(max = 100) String username) {}
}
