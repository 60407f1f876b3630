package nl.meldpunt.casework;

/** A file that came with an intake, after {@link AttachmentPolicy} accepted it. */
public record NewAttachment(String filename, String contentType, byte[] content) {}
