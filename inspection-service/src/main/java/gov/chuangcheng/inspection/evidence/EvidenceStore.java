package gov.chuangcheng.inspection.evidence;

import gov.chuangcheng.platform.files.ContentStore;

/**
 * Where the bytes of evidence photos live, addressed by their SHA-256 (the platform's {@link ContentStore}): the same
 * photo uploaded twice is stored once. A type of its own so that the evidence feature's store is one bean that a
 * deployment or a test can replace without touching any other feature's files.
 */
public interface EvidenceStore extends ContentStore {}
