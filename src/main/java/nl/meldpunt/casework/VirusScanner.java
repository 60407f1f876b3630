package nl.meldpunt.casework;

import java.util.Optional;

/**
 * Scans a file before it is stored on a case. The built-in implementation recognises the EICAR test signature only
 * ({@link EicarSignatureScanner}); a real engine (e.g. ClamAV over its socket) is another bean implementing this.
 */
public interface VirusScanner {

    /** The name of the threat found, or empty when the file is clean. */
    Optional<String> scan(byte[] content);
}
