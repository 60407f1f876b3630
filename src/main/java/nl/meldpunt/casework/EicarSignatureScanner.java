package nl.meldpunt.casework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local scanner: finds the EICAR anti-virus test string anywhere in a file, also inside the entries of a ZIP
 * container (DOCX), the way engines report it. It detects no real malware: it lets the upload path, its refusal and
 * its history entry be exercised end to end until a real engine is connected.
 */
public final class EicarSignatureScanner implements VirusScanner {

    public static final String THREAT = "EICAR-Test-File";

    /** The EICAR string, assembled so that this class file itself does not carry it. */
    static final byte[] SIGNATURE = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    @Override
    public Optional<String> scan(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (contains(content) || zipEntryContains(content)) {
            return Optional.of(THREAT);
        }
        return Optional.empty();
    }

    private static boolean contains(byte[] content) {
        outer:
        for (int i = 0; i <= content.length - SIGNATURE.length; i++) {
            for (int j = 0; j < SIGNATURE.length; j++) {
                if (content[i + j] != SIGNATURE[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean zipEntryContains(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 1000) {
                if (!entry.isDirectory() && contains(zip.readNBytes((int) AttachmentPolicy.MAX_BYTES))) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @ConditionalOnMissingBean(VirusScanner.class)
        VirusScanner eicarSignatureScanner() {
            return new EicarSignatureScanner();
        }
    }
}
