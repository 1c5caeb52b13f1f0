package gov.chuangcheng.task.material;

import gov.chuangcheng.platform.files.ContentStore;

/**
 * Where the bytes of filed materials live, by SHA-256 (the platform's {@link ContentStore}, as evidence photos in
 * inspection-service): a bean type of its own, so that a deployment or a test can replace the materials' store.
 */
public interface MaterialStore extends ContentStore {}
