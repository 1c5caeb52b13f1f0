package gov.chuangcheng.accountability.notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox: its text and the fonts of its pages. */
final class PdfCheck {

    record Font(String name, boolean embedded) {}

    record Text(String text, List<Font> fonts) {

        /** The text without white space: lines break anywhere in Chinese. */
        String compact() {
            return text.replaceAll("\\s+", "");
        }

        boolean allEmbedded() {
            return fonts.stream().allMatch(Font::embedded);
        }
    }

    private PdfCheck() {}

    static Text read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Font> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(new Font(font.getName(), font.isEmbedded()));
                }
            }
            return new Text(new PDFTextStripper().getText(doc), fonts);
        }
    }
}
