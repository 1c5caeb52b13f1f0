package gov.chuangcheng.accountability.notice;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a 通报's XHTML as PDF with openhtmltopdf (PDFBox), embedding the configured TrueType font as a subset: the
 * container has no system fonts, so the font ships inside the service (Droid Sans Fallback, Apache-2.0) unless
 * {@code cc.notice.font.file} names a district's own licensed TTF.
 */
@ApplicationScoped
public class NoticePdf {

    /** The fonts shipped in the artifact (see fonts/NOTICE.md beside them). */
    static final String SHIPPED_FONT = "fonts/DroidSansFallbackFull.ttf";

    static final String SHIPPED_LATIN_FONT = "fonts/DejaVuSerif.ttf";

    private final NoticeConfig.Font font;

    public NoticePdf(NoticeConfig config) {
        this.font = config.font();
    }

    public byte[] render(NoticeView notice) {
        return render(NoticeHtml.render(notice, font.family(), font.latinFamily()));
    }

    byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // registered for both weights: with one face, bold text keeps the face instead of falling back to none
        for (int weight : new int[] {400, 700}) {
            builder.useFont(
                    () -> open(font.file(), SHIPPED_FONT),
                    font.family(),
                    weight,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> open(font.latinFile(), SHIPPED_LATIN_FONT),
                    font.latinFamily(),
                    weight,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the notice could not be rendered as PDF", e);
        }
        return out.toByteArray();
    }

    /** The configured file, or the font shipped on the classpath. */
    private static InputStream open(java.util.Optional<String> file, String shipped) {
        try {
            if (file.isPresent()) {
                return Files.newInputStream(Path.of(file.get()));
            }
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(shipped);
            if (in == null) {
                throw new IllegalStateException(shipped + " is missing from the artifact");
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("the notice font cannot be read: " + file.orElse(shipped), e);
        }
    }
}
