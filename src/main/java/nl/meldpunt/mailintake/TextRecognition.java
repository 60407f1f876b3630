package nl.meldpunt.mailintake;

/** Optical character recognition: the text in an image of a page (a scanned letter). */
interface TextRecognition {

    /**
     * @param image a PNG or JPEG of one page
     * @return the recognised text; empty when nothing was recognised or recognition is unavailable
     */
    String recognise(byte[] image);
}
