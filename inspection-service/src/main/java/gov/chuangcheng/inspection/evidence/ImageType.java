package gov.chuangcheng.inspection.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The photo formats evidence may have, recognised by their leading bytes: a file's name or declared content type is
 * what the client claims, its signature is what it is (and {@link Picture} then decodes it).
 */
public enum ImageType {
    JPEG("image/jpeg", "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** How many leading bytes {@link #detect} needs at most. */
    public static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final String formatName;
    private final byte[] signature;

    ImageType(String mediaType, String formatName, byte[] signature) {
        this.mediaType = mediaType;
        this.formatName = formatName;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name the image decoders know the format by. */
    String formatName() {
        return formatName;
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<ImageType> detect(byte[] content) {
        for (ImageType type : values()) {
            if (content.length > type.signature.length
                    && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
