package nl.meldpunt.casework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which files Meldpunt accepts, decided by their content (magic bytes), never by their name: PDF, JPEG, PNG and
 * DOCX, and for staff also e-mails (.eml). At most 10 MB each and 5 per intake. Filenames are reduced to a safe
 * base name.
 */
public final class AttachmentPolicy {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 5;

    public static final Set<String> PUBLIC_TYPES =
            Set.of("application/pdf", "image/jpeg", "image/png", DocumentType.DOCX);
    public static final Set<String> STAFF_TYPES =
            Set.of("application/pdf", "image/jpeg", "image/png", DocumentType.DOCX, "message/rfc822");

    private AttachmentPolicy() {}

    /** Why a file was refused; the message key is {@code attachment.<reason>}. */
    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        TYPE_NOT_ALLOWED
    }

    /** Checks one file; returns the refusal, or empty when the file is acceptable. */
    public static Optional<Refusal> check(byte[] content, Set<String> allowedTypes) {
        if (content == null || content.length == 0) {
            return Optional.of(Refusal.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        return detectType(content).filter(allowedTypes::contains).isPresent()
                ? Optional.empty()
                : Optional.of(Refusal.TYPE_NOT_ALLOWED);
    }

    /** The content type the bytes really are, or empty when it is none Meldpunt knows. */
    public static Optional<String> detectType(byte[] c) {
        if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(c, new byte[] {'P', 'K', 3, 4}) && isWordDocument(c)) {
            return Optional.of(DocumentType.DOCX);
        }
        if (looksLikeEmail(c)) {
            return Optional.of("message/rfc822");
        }
        return Optional.empty();
    }

    /** A base name without directories, control characters or characters that are special in file systems. */
    public static String safeFilename(String original, String contentType) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_").replaceAll("^[.\\s]+", "").strip();
        if (name.isEmpty()) {
            name = "bijlage" + extension(contentType);
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name;
    }

    private static String extension(String contentType) {
        return switch (contentType == null ? "" : contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case DocumentType.DOCX -> ".docx";
            case "message/rfc822" -> ".eml";
            default -> "";
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isWordDocument(byte[] content) {
        boolean contentTypes = false;
        boolean document = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 1000) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                document |= entry.getName().equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return contentTypes && document;
    }

    private static boolean looksLikeEmail(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
        if (head.indexOf('\0') >= 0) {
            return false;
        }
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        boolean from = lower.startsWith("from:") || lower.contains("\nfrom:");
        boolean header = lower.contains("\nsubject:") || lower.contains("\ndate:") || lower.contains("\nmessage-id:")
                || lower.startsWith("received:") || lower.startsWith("return-path:");
        return from && header;
    }

    /** Content types with long names. */
    public static final class DocumentType {
        public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

        private DocumentType() {}
    }
}
