package nl.meldpunt.mailintake;

/** Optical character recognition: the text in an image of a page (a scanned letter). */
interface TextRecognition {

    /**
     * @param image a PNG or JPEG of one page
     * @return the recognised text; empty when nothing was recognised or recognition is unavailable (not installed)
     * @throws RecognitionFailed when recognition ran and failed (timeout, error exit): the caller counts it as a
     *     failed attempt, so that a scan that keeps failing ends on the dead-letter page instead of unsearchable
     */
    String recognise(byte[] image);

    /** Recognition ran and failed; the message names no content. */
    final class RecognitionFailed extends RuntimeException {
        RecognitionFailed(String what) {
            super("Text recognition failed: " + what);
        }
    }
}
