package nl.meldpunt.mailintake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF as grey PNG images, for text recognition of a scan without a text layer (PDFBox). */
final class ScannedPages {

    private ScannedPages() {}

    static List<byte[]> render(byte[] pdf, int maxPages, int dpi) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = Math.min(document.getNumberOfPages(), maxPages);
            for (int i = 0; i < count; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
        }
        return pages;
    }

    /** Whether extracted text is too little to be a real text layer (a scan has none, or a few stray marks). */
    static boolean lacksTextLayer(String extracted) {
        return extracted.chars().filter(Character::isLetter).count() < 20;
    }
}
