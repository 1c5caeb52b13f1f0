package gov.chuangcheng.task.veto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of the negative list (负面清单): what disqualifies the city (一票否决) whatever its score. */
@Schema(name = "VetoItemCreate", example = "{\"code\":\"V-1\",\"name\":\"发生重大安全生产责任事故\",\"consequence\":\"取消参评资格\"}")
public record VetoItemRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "编码只能包含字母、数字、点、下划线和连字符")
        String code,

        @NotBlank @Size(max = 500) String name,
        @Size(max = 500) String consequence) {}
