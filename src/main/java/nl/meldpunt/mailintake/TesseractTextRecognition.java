package nl.meldpunt.mailintake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tesseract as a separate process ({@code tesseract page.png stdout -l nld}), with Debian's Dutch language data
 * ({@code tesseract-ocr-nld}). A process that takes longer than the configured timeout is killed; a missing
 * executable gives empty text and a warning, never a failed intake.
 */
@Component
class TesseractTextRecognition implements TextRecognition {

    private static final Logger log = LoggerFactory.getLogger(TesseractTextRecognition.class);

    /** Recognition is CPU-heavy: at most this many processes at once, whatever the number of waiting scans. */
    private static final int PARALLEL = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    private final MailIntakeProperties.Ocr settings;
    private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(PARALLEL);

    TesseractTextRecognition(MailIntakeProperties properties) {
        this.settings = properties.ocr();
    }

    @Override
    public String recognise(byte[] image) {
        Path file = null;
        try {
            file = Files.createTempFile("meldpunt-ocr-", ".img");
            Files.write(file, image);
            slots.acquire();
            try {
                return run(file);
            } finally {
                slots.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (IOException e) {
            log.warn("Text recognition unavailable: {}", e.getMessage());
            return "";
        } finally {
            deleteQuietly(file);
        }
    }

    private String run(Path file) throws IOException {
        Process process = new ProcessBuilder(List.of(settings.command(), file.toString(), "stdout", "-l",
                        settings.language()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new RecognitionFailed("stopped after " + settings.timeout());
            }
            if (process.exitValue() != 0) {
                throw new RecognitionFailed("exit code " + process.exitValue());
            }
            return new String(output.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS),
                    StandardCharsets.UTF_8).strip();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new RecognitionFailed("output unreadable: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("Temporary OCR file not deleted: {}", e.getMessage());
            }
        }
    }
}
