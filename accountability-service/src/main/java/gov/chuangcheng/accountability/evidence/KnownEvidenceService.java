package gov.chuangcheng.accountability.evidence;

import gov.chuangcheng.events.inspection.EvidenceUploaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The photos accountability-service knows, from {@code cc.evidence.uploaded.v1}. An id not known yet (its event not
 * consumed yet: the upload and the submission race on two topics) is simply absent: callers check what is known.
 */
@ApplicationScoped
public class KnownEvidenceService {

    /** Records an upload once; the platform inbox already drops a redelivery, a second upload event changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void uploaded(EvidenceUploaded e) {
        if (KnownEvidence.findById(e.evidenceId()) != null) {
            return;
        }
        KnownEvidence k = new KnownEvidence();
        k.evidenceId = e.evidenceId();
        k.sha256 = e.sha256();
        k.uploadedBy = e.uploadedBy();
        k.uploadedAt = e.uploadedAt().toInstant();
        k.takenAt = e.takenAt() == null ? null : e.takenAt().toInstant();
        k.lat = e.latitude() == null || e.longitude() == null ? null : e.latitude();
        k.lon = k.lat == null ? null : e.longitude();
        k.persist();
    }

    /** The known photos among {@code ids}, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, KnownPhoto> known(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return KnownEvidence.<KnownEvidence>list("evidenceId in ?1", List.copyOf(ids)).stream()
                .map(KnownEvidence::photo)
                .collect(Collectors.toMap(KnownPhoto::evidenceId, Function.identity()));
    }

    /** Every known photo with one of these digests (the same photo under other ids), by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KnownPhoto> withDigests(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return List.of();
        }
        return KnownEvidence.<KnownEvidence>list("sha256 in ?1", List.copyOf(sha256s)).stream()
                .map(KnownEvidence::photo)
                .toList();
    }
}
