package gov.chuangcheng.inspection.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Brands of the ISO base media file format that mean a HEIF/HEIC still image (an iPhone's default, Android's
     * "high efficiency" setting) or AVIF: none of them can be decoded here.
     */
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", "avif", "avis");

    /**
     * Whether the content is a HEIF/HEIC (or AVIF) image: an {@code ftyp} box first whose major brand, or one of its
     * compatible brands, is a HEIF brand. Reads only inside the content and the box's declared size.
     */
    public static boolean isHeif(byte[] content) {
        if (content.length < 12 || content[4] != 'f' || content[5] != 't' || content[6] != 'y' || content[7] != 'p') {
            return false;
        }
        long size = ((content[0] & 0xFFL) << 24)
                | ((content[1] & 0xFF) << 16)
                | ((content[2] & 0xFF) << 8)
                | (content[3] & 0xFF);
        int end = (int) Math.min(content.length, size < 12 ? 12 : size);
        if (isHeifBrand(content, 8)) {
            return true;
        }
        // major brand, minor version, then the compatible brands up to the end of the box
        for (int at = 16; at + 4 <= end; at += 4) {
            if (isHeifBrand(content, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeifBrand(byte[] content, int at) {
        return HEIF_BRANDS.contains(new String(content, at, 4, StandardCharsets.ISO_8859_1));
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
