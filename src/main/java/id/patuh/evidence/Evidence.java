package id.patuh.evidence;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One stored evidence file, as described to anyone who may see it.
 *
 * @param unit      the unit whose data it proves; its tenant decides who may read it
 * @param mediaType detected from the content when it was stored
 * @param sha256    of the stored bytes, hex; a download can be checked against it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Evidence(String id, String unit, EvidenceTarget target, String targetId, String fileName,
        String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {

    /** The tenant: the unit code up to its first "/". */
    public String tenant() {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }
}
