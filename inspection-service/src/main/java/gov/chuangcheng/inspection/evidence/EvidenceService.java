package gov.chuangcheng.inspection.evidence;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.inspection.EvidenceUploaded;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.platform.evidence.PhotoChecks;
import gov.chuangcheng.platform.files.ContentStore;
import gov.chuangcheng.platform.files.FileNames;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Accepts evidence photos: JPEG or PNG by their content, at most {@code cc.evidence.max-bytes}; keeps the bytes in
 * the {@link EvidenceStore} and a row saying who uploaded what. The same person uploading the same photo again gets
 * the first upload back, so that a retry on a poor network does not multiply photos. A JPEG's EXIF time taken and
 * position are kept with it; every new upload is published ({@code cc.evidence.uploaded.v1}) in its transaction, so
 * that accountability-service can check the photos of a unit's fix. HEIC/HEIF, a phone's default, is refused with
 * how to switch the phone to JPEG.
 */
@ApplicationScoped
public class EvidenceService {

    /** An upload's outcome; {@code created} is false when the caller had uploaded these bytes before. */
    public record Uploaded(EvidenceView evidence, boolean created) {}

    private final EvidenceStore store;
    private final EvidenceConfig config;
    private final PhotoChecks checks;
    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;
    private final Outbox outbox;

    public EvidenceService(
            EvidenceStore store,
            EvidenceConfig config,
            PhotoChecks checks,
            EntityManager em,
            Clock clock,
            ZoneId zone,
            Outbox outbox) {
        this.store = store;
        this.config = config;
        this.checks = checks;
        this.em = em;
        this.clock = clock;
        this.zone = zone;
        this.outbox = outbox;
    }

    public int maxBytes() {
        return config.maxBytes();
    }

    @Transactional
    public Uploaded upload(byte[] content, String fileName, String uploader, String uploaderUnit) {
        if (content.length == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        if (content.length > config.maxBytes()) {
            throw tooLarge(config.maxBytes());
        }
        Picture picture = picture(content);
        String sha256 = sha256(content);
        Optional<Evidence> earlier = earlier(uploader, sha256);
        if (earlier.isPresent()) {
            return new Uploaded(EvidenceView.of(earlier.get()), false);
        }
        try {
            store.put(sha256, content);
        } catch (IOException e) {
            throw new UncheckedIOException("evidence store refused " + sha256, e);
        }
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.sha256 = sha256;
        evidence.imageType = picture.type();
        evidence.widthPx = picture.width();
        evidence.heightPx = picture.height();
        evidence.sizeBytes = content.length;
        evidence.fileName = FileNames.cleaned(fileName);
        evidence.uploadedBy = uploader;
        evidence.uploaderUnit = uploaderUnit;
        evidence.uploadedAt = clock.instant();
        Exif exif = picture.type() == ImageType.JPEG ? ExifReader.read(content) : Exif.NONE;
        OffsetDateTime takenAt = exif.takenAt(zone);
        evidence.takenAt = takenAt == null ? null : takenAt.toInstant();
        evidence.takenLat = exif.latitude();
        evidence.takenLon = exif.longitude();
        evidence.persist();
        outbox.publish(
                EventCatalog.EVIDENCE_UPLOADED,
                evidence.id.toString(),
                new EvidenceUploaded(
                        evidence.id.toString(),
                        sha256,
                        uploader,
                        uploaderUnit,
                        picture.type().mediaType(),
                        content.length,
                        OffsetDateTime.ofInstant(evidence.uploadedAt, ZoneOffset.UTC),
                        takenAt,
                        exif.latitude(),
                        exif.longitude()));
        return new Uploaded(EvidenceView.of(evidence), true);
    }

    /** The upload of these bytes by this person, if any (also answers a concurrent retry that lost the race). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Evidence> earlier(String uploader, String sha256) {
        return Evidence.find("uploadedBy = ?1 and sha256 = ?2", uploader, sha256)
                .firstResultOptional();
    }

    /**
     * The evidence, if the caller may see it: unrestricted scopes see all, a unit its own uploads and the photos of the
     * inspections it sees.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Evidence> find(String id, UnitScope scope) {
        return parse(id)
                .flatMap(uuid -> Evidence.<Evidence>findByIdOptional(uuid))
                .filter(e -> scope.unrestricted() || visibleToUnits(e, scope.units()));
    }

    public InputStream content(Evidence evidence) {
        try {
            return store.open(evidence.sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("evidence store has no " + evidence.sha256, e);
        }
    }

    /**
     * The flags of these photos (taken long before their upload; taken far from {@code point}, when known), by
     * evidence id; photos without flags are absent.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<EvidenceFlag>> flags(Collection<String> ids, LatLon point) {
        List<UUID> valid = ids.stream()
                .map(EvidenceService::parse)
                .flatMap(Optional::stream)
                .toList();
        if (valid.isEmpty()) {
            return Map.of();
        }
        Map<String, List<EvidenceFlag>> flags = new HashMap<>();
        em.createQuery(
                        "from Evidence e where e.id in :ids and (e.takenAt is not null or e.takenLat is not null)",
                        Evidence.class)
                .setParameter("ids", valid)
                .getResultList()
                .forEach(e -> {
                    List<EvidenceFlag> found = EvidenceFlag.of(
                            e.id.toString(),
                            e.takenAt,
                            e.uploadedAt,
                            e.takenLat == null ? null : LatLon.of(e.takenLat, e.takenLon),
                            point,
                            checks);
                    if (!found.isEmpty()) {
                        flags.put(e.id.toString(), found);
                    }
                });
        return flags;
    }

    /** Of these ids, those that name no uploaded evidence, in the order given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> unknown(Collection<String> ids) {
        Set<String> unknown = new LinkedHashSet<>(ids);
        List<UUID> valid = ids.stream()
                .map(EvidenceService::parse)
                .flatMap(Optional::stream)
                .toList();
        if (!valid.isEmpty()) {
            em.createQuery("select e.id from Evidence e where e.id in :ids", UUID.class)
                    .setParameter("ids", valid)
                    .getResultList()
                    .forEach(found -> unknown.remove(found.toString()));
        }
        return unknown;
    }

    private boolean visibleToUnits(Evidence e, Set<String> units) {
        if (e.uploaderUnit != null && units.contains(e.uploaderUnit)) {
            return true;
        }
        if (units.isEmpty()) {
            return false;
        }
        // the photos of the inspections the units see: of their points, and of the point × standards the office
        // settled to them (确权, view current_responsibility of inspection-service's responsibility feature)
        Number referenced = (Number) em.createNativeQuery("""
                        select count(*) from inspection_item ii join inspection i on i.id = ii.inspection_id
                        where jsonb_exists(ii.evidence_ids::jsonb, :id)
                          and (i.responsible_unit_code in (:units)
                               or exists (select 1 from inspection_item si join current_responsibility c
                                            on c.point_id = i.point_id and c.standard_code = si.standard_code
                                          where si.inspection_id = i.id and c.unit_code in (:units)))""")
                .setParameter("units", units)
                .setParameter("id", e.id.toString())
                .getSingleResult();
        return referenced.longValue() > 0;
    }

    static ProblemException tooLarge(int maxBytes) {
        return new ProblemException(
                413,
                Problem.TYPE_BASE + "content-too-large",
                "Content Too Large",
                "evidence may be at most " + maxBytes + " bytes",
                List.of(new Problem.FieldError("file", "is larger than " + maxBytes + " bytes")));
    }

    static String sha256(byte[] content) {
        return ContentStore.sha256(content);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The Chinese answer to a HEIC/HEIF photo: which formats are accepted and how to set the phone to them. */
    static final String HEIF_MESSAGE =
            "暂不支持HEIC/HEIF格式的照片，请上传JPEG、PNG格式的照片。" + "iPhone：设置 → 相机 → 格式 → 兼容性最佳；安卓手机：相机设置中关闭“高效图片格式/HEIF”";

    private Picture picture(byte[] content) {
        if (ImageType.isHeif(content)) {
            throw new ProblemException(
                    415,
                    Problem.TYPE_BASE + "unsupported-media-type",
                    "Unsupported Media Type",
                    HEIF_MESSAGE,
                    List.of(new Problem.FieldError("file", HEIF_MESSAGE)));
        }
        try {
            return Picture.read(content, config.maxPixels());
        } catch (Picture.NotAPicture e) {
            throw new ProblemException(
                    415,
                    Problem.TYPE_BASE + "unsupported-media-type",
                    "Unsupported Media Type",
                    "evidence must be a whole JPEG or PNG photo, whatever its name or declared type",
                    List.of(new Problem.FieldError("file", e.getMessage())));
        } catch (Picture.TooManyPixels e) {
            throw new ProblemException(
                    413,
                    Problem.TYPE_BASE + "content-too-large",
                    "Content Too Large",
                    "evidence may have at most " + config.maxPixels() + " pixels",
                    List.of(new Problem.FieldError("file", e.getMessage())));
        }
    }
}
