package nl.meldpunt.triage;

/** A suggested label (a reference-data code) and the model's confidence in it (0–1). */
public record LabelScore(String code, double confidence) {

    public LabelScore {
        confidence = Math.round(confidence * 1000) / 1000.0;
    }
}
