package gov.chuangcheng.inspection.mock;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The whole declared list (申报点位): every point code on it, of any type. It replaces the list: a point left out is
 * withdrawn, an empty list withdraws them all. Each must be an active registered point (not a temporary one).
 */
public record DeclaredPointsRequest(
        @NotNull @Size(max = DeclaredPointsRequest.MAX_POINTS)
        List<@NotBlank @Size(max = 64) String> pointCodes) {

    /** More than any district declares (a few hundred), few enough for one answer. */
    public static final int MAX_POINTS = 5000;
}
