package gov.chuangcheng.inspection.point;

import gov.chuangcheng.events.evaluation.PointType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Create or replace a point. The code is immutable once created. Coordinates are in {@code crs}: GCJ-02 (what Chinese
 * map front ends show) is converted to WGS-84 before it is stored; there is no default, the client must say which.
 */
@Schema(
        example =
                "{\"code\":\"NM-001\",\"name\":\"湖滨农贸市场\",\"type\":\"FARMERS_MARKET\",\"address\":\"湖滨路12号\",\"street\":\"JD01\",\"latitude\":30.27412,\"longitude\":120.15515,\"crs\":\"WGS84\",\"responsibleUnitCode\":\"SCJGJ\",\"coUnitCodes\":[\"CGJ\"]}")
public record PointRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,64}", message = "2–64 letters, digits, '_' or '-'")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotNull PointType type,
        @NotBlank @Size(max = 300) String address,
        @Size(max = 100) String street,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull Crs crs,
        @NotBlank @Size(max = 64) String responsibleUnitCode,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> coUnitCodes,
        Boolean active) {}
