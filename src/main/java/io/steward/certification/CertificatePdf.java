package io.steward.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import io.steward.base.StewardProperties;
import io.steward.certification.domain.Certificate;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.stereotype.Component;

/** Draws a certificate as a one-page A4 landscape PDF with a QR code of its verification address. */
@Component
class CertificatePdf {

    /** DejaVu covers most scripts; without it, names fall back to the PDF standard fonts (Latin only). */
    private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0x8b);
    private static final Color MUTED = new Color(0x5b, 0x67, 0x75);

    private final String publicUrl;

    CertificatePdf(StewardProperties properties) {
        this.publicUrl = properties.publicUrl();
    }

    String verificationUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    byte[] render(Certificate c) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = new PDPage(new PDRectangle(a4.getHeight(), a4.getWidth()));
            doc.addPage(page);
            PDFont regular = font(doc, REGULAR, Standard14Fonts.FontName.HELVETICA);
            PDFont bold = font(doc, BOLD, Standard14Fonts.FontName.HELVETICA_BOLD);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                frame(s, width, height);
                centred(s, bold, 12, ACCENT, "S T E W A R D", width, height - 80);
                centred(s, regular, 30, INK, "Certificate of completion", width, height - 130);
                centred(s, regular, 13, MUTED, "This certifies that", width, height - 180);
                centred(s, bold, 28, INK, c.getHolderName(), width, height - 220);
                centred(s, regular, 13, MUTED, "has completed the training module", width, height - 258);
                float y = height - 295;
                for (String line : wrap(c.getModuleTitle(), bold, 20, width - 200)) {
                    centred(s, bold, 20, ACCENT, line, width, y);
                    y -= 26;
                }
                centred(s, regular, 12, INK, "Version " + c.getModuleVersion() + "   \u00b7   "
                        + (c.getScorePercent() == null ? "Read and attested" : "Score " + c.getScorePercent() + "%"),
                        width, y - 6);
                float left = 70;
                text(s, regular, 11, INK, "Completed: " + DATE.format(c.getCompletedAt()), left, 150);
                text(s, regular, 11, INK, c.getExpiresAt() == null ? "Does not expire"
                        : "Valid until: " + DATE.format(c.getExpiresAt()), left, 132);
                text(s, bold, 11, INK, "Verification code: " + c.getCode(), left, 108);
                text(s, regular, 9, MUTED, "Check this certificate at " + verificationUrl(c.getCode()), left, 90);
                float qr = 110;
                s.drawImage(LosslessFactory.createFromImage(doc, qrCode(verificationUrl(c.getCode()))),
                        width - 70 - qr, 70, qr, qr);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Certificate: " + c.getModuleTitle());
            info.setSubject("Verification code " + c.getCode());
            info.setCreator("Steward");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument doc, Path file, Standard14Fonts.FontName fallback) throws IOException {
        return Files.isReadable(file) ? PDType0Font.load(doc, file.toFile()) : new PDType1Font(fallback);
    }

    private static void frame(PDPageContentStream s, float width, float height) throws IOException {
        s.setStrokingColor(ACCENT);
        s.setLineWidth(2.5f);
        s.addRect(24, 24, width - 48, height - 48);
        s.stroke();
        s.setLineWidth(0.6f);
        s.addRect(32, 32, width - 64, height - 64);
        s.stroke();
    }

    private static void centred(PDPageContentStream s, PDFont font, float size, Color color, String text, float width,
            float y) throws IOException {
        String safe = printable(font, text);
        text(s, font, size, color, safe, (width - font.getStringWidth(safe) / 1000 * size) / 2, y);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, Color color, String text, float x,
            float y) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.setNonStrokingColor(color);
        s.newLineAtOffset(x, y);
        s.showText(printable(font, text));
        s.endText();
    }

    /** Characters the font cannot draw become '?', rather than failing the whole certificate. */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(printable(font, candidate)) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static BufferedImage qrCode(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 330, 330,
                    Map.of(EncodeHintType.MARGIN, 1));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode " + url + " as a QR code", e);
        }
    }
}
