package gov.chuangcheng.inspection.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** The GeoReport v2 documents, with the spec's snake_case field names. */
public final class Open311Views {

    private Open311Views() {}

    /** An entry of {@code services.json}: one per check item that the public may report. */
    public record Service(
            @JsonProperty("service_code") String serviceCode,
            @JsonProperty("service_name") String serviceName,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    /** What {@code POST requests.json} answers (an array of one). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Created(
            @JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("account_id") String accountId) {}

    /**
     * A service request as {@code GET requests/{id}.json} and {@code GET requests.json} show it. {@code media_url} is
     * the reporter's photo; {@code extended_attributes} is there only for a request closed verified fixed.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Request(
            @JsonProperty("service_request_id") String serviceRequestId,
            String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            String description,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
            @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
            @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
            String address,
            @JsonProperty("address_id") String addressId,
            String zipcode,
            Double lat,
            @JsonProperty("long") Double lon,
            @JsonProperty("media_url") String mediaUrl,

            @JsonProperty("extended_attributes") @JsonInclude(JsonInclude.Include.NON_NULL)
            ExtendedAttributes extendedAttributes) {}

    /**
     * What GeoReport v2 has no field for, under the name its servers use for extensions: the unit's account of its fix
     * (整改情况, also in {@code status_notes}) and links to its after-photos (整改后照片), for the call-back (回访).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExtendedAttributes(
            String fix, @JsonProperty("fix_media_urls") List<String> fixMediaUrls) {}

    /** The discovery document: where this jurisdiction's GeoReport v2 endpoint is and what it speaks. */
    public record Discovery(
            String changeset,
            String contact,
            @JsonProperty("key_service") String keyService,
            List<Endpoint> endpoints) {}

    public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

    /** The spec's error entry. */
    public record Error(int code, String description) {
        static List<Error> of(int code, String description) {
            return List.of(new Error(code, description));
        }
    }
}
