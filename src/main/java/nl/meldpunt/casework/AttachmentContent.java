package nl.meldpunt.casework;

/** The bytes of one attachment, for download. */
public record AttachmentContent(long id, String filename, String contentType, byte[] content) {}
