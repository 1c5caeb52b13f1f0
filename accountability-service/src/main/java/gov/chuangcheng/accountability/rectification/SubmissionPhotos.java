package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.evidence.EvidenceFlagKind;
import gov.chuangcheng.accountability.evidence.EvidenceFlagRecord;
import gov.chuangcheng.accountability.evidence.KnownEvidenceService;
import gov.chuangcheng.accountability.evidence.KnownPhoto;
import gov.chuangcheng.accountability.evidence.PhotoRules;
import gov.chuangcheng.platform.evidence.PhotoChecks;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the photos of a unit's fix (整改完成) against what is known of every photo ({@code cc.evidence.uploaded.v1}):
 * an after-photo that is one of the order's own before-photos (the same id or the same SHA-256) is refused (重复照片);
 * one that is evidence of another order too is accepted and flagged on both orders, and one taken long before its
 * upload or far from the order's point is flagged ({@link PhotoChecks}).
 *
 * <p>The upload's event and the submission race: a unit may submit a photo whose {@code cc.evidence.uploaded.v1} this
 * service has not consumed yet (seconds, or longer while a consumer is behind). Such a photo is checked by its id only
 * — never refused or flagged for what is not known — so that a lagging topic does not block a unit's fix.
 */
@ApplicationScoped
public class SubmissionPhotos {

    private final KnownEvidenceService known;
    private final PhotoChecks checks;
    private final EntityManager em;

    public SubmissionPhotos(KnownEvidenceService known, PhotoChecks checks, EntityManager em) {
        this.known = known;
        this.checks = checks;
        this.em = em;
    }

    /** Refuses (422, naming each photo) after-photos that are a before-photo of {@code order}; changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseBeforePhotos(RectificationOrder order, List<String> after) {
        Set<String> ids = new LinkedHashSet<>(after);
        ids.addAll(order.evidenceIds());
        List<PhotoRules.Duplicate> duplicates =
                PhotoRules.duplicatesOfBefore(after, order.evidenceIds(), known.known(ids));
        if (!duplicates.isEmpty()) {
            throw new ProblemException(
                    422,
                    Problem.TYPE_BASE + "duplicate-photo",
                    "Unprocessable Content",
                    duplicates.get(0).message(),
                    duplicates.stream()
                            .map(d -> new Problem.FieldError(d.field(), d.message()))
                            .toList());
        }
    }

    /** Flags the after-photos of {@code order}: reused on another order (on both), taken long before upload. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flag(RectificationOrder order, List<String> after, Instant now) {
        Map<String, KnownPhoto> afterPhotos = known.known(after);
        if (afterPhotos.isEmpty()) {
            return;
        }
        Set<String> own = new HashSet<>(order.evidenceIds());
        own.addAll(after);
        Set<String> digests = new HashSet<>();
        afterPhotos.values().forEach(p -> digests.add(p.sha256()));
        List<KnownPhoto> same = new ArrayList<>(known.withDigests(digests));
        // the after-photos' own ids count too: an id another order already holds is the same photo
        same.addAll(afterPhotos.values());
        for (String id : after) {
            KnownPhoto photo = afterPhotos.get(id);
            if (photo == null) {
                continue;
            }
            for (KnownPhoto twin : same) {
                if (!twin.sha256().equals(photo.sha256())) {
                    continue;
                }
                for (Object[] other : ordersHolding(twin.evidenceId(), order.id())) {
                    String otherId = (String) other[0];
                    String otherNumber = (String) other[1];
                    EvidenceFlagRecord.flag(
                            order.id(),
                            id,
                            EvidenceFlagKind.REUSED_ON_OTHER_ORDER,
                            otherId,
                            otherNumber,
                            "照片" + id + "也是整改单" + otherNumber + "的照片"
                                    + (twin.evidenceId().equals(id) ? "" : "（" + twin.evidenceId() + "，内容相同）"),
                            now);
                    EvidenceFlagRecord.flag(
                            otherId,
                            twin.evidenceId(),
                            EvidenceFlagKind.REUSED_ON_OTHER_ORDER,
                            order.id(),
                            order.number(),
                            "照片" + twin.evidenceId() + "也被整改单" + order.number() + "作为整改后照片提交"
                                    + (twin.evidenceId().equals(id) ? "" : "（" + id + "，内容相同）"),
                            now);
                }
            }
            checks.takenLongBeforeUpload(photo.takenAt(), photo.uploadedAt())
                    .ifPresent(detail -> EvidenceFlagRecord.flag(
                            order.id(), id, EvidenceFlagKind.TAKEN_LONG_BEFORE_UPLOAD, null, null, detail, now));
            checks.farFromPoint(photo.lat(), photo.lon(), order.pointLatitude(), order.pointLongitude())
                    .ifPresent(detail -> EvidenceFlagRecord.flag(
                            order.id(), id, EvidenceFlagKind.FAR_FROM_POINT, null, null, detail, now));
        }
    }

    /** The orders other than {@code self} that hold {@code evidenceId} as a before- or after-photo: id, number. */
    @SuppressWarnings("unchecked")
    private List<Object[]> ordersHolding(String evidenceId, String self) {
        return em.createNativeQuery("""
                        select o.id, o.number from rectification_order o
                        where o.id <> :self
                          and (jsonb_exists(o.evidence_ids::jsonb, :id)
                               or jsonb_exists(coalesce(o.submission_evidence_ids, '[]')::jsonb, :id))
                        order by o.number""")
                .setParameter("self", self)
                .setParameter("id", evidenceId)
                .getResultList();
    }
}
