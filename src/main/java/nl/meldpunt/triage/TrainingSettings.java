package nl.meldpunt.triage;

import java.util.Locale;

/**
 * The choices that shape a model: which features and how much each kind weighs, how long and how fast the
 * optimiser runs, and how much rare classes count. {@link #DEFAULT} is what the application trains with; the
 * evaluation's {@code tune} command reads overrides from system properties ({@code -Dtriage.epochs=8}) so
 * alternatives can be compared by cross-validation on the training part without editing code.
 */
record TrainingSettings(
        int minGram,
        int maxGram,
        double wordWeight,
        double bigramWeight,
        double gramWeight,
        double metaWeight,
        int epochs,
        double learningRate,
        boolean balancedClasses,
        float acuteWeight,
        float highWeight) {

    static final TrainingSettings DEFAULT = new TrainingSettings(4, 4, 1.0, 0.6, 0.8, 0.5, 5, 1.0, false, 2.0f, 1.5f);

    /** The defaults, with any {@code triage.<component>} system property applied. */
    static TrainingSettings fromSystemProperties() {
        TrainingSettings d = DEFAULT;
        return new TrainingSettings(
                Integer.getInteger("triage.minGram", d.minGram()),
                Integer.getInteger("triage.maxGram", d.maxGram()),
                dbl("triage.wordWeight", d.wordWeight()),
                dbl("triage.bigramWeight", d.bigramWeight()),
                dbl("triage.gramWeight", d.gramWeight()),
                dbl("triage.metaWeight", d.metaWeight()),
                Integer.getInteger("triage.epochs", d.epochs()),
                dbl("triage.learningRate", d.learningRate()),
                Boolean.parseBoolean(System.getProperty("triage.balancedClasses", String.valueOf(d.balancedClasses()))),
                (float) dbl("triage.acuteWeight", d.acuteWeight()),
                (float) dbl("triage.highWeight", d.highWeight()));
    }

    private static double dbl(String property, double fallback) {
        String value = System.getProperty(property);
        return value == null ? fallback : Double.parseDouble(value);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "grams %d-%d, weights word %.2f bigram %.2f gram %.2f meta %.2f, epochs %d, "
                        + "lr %.2f, balanced %s, ACUTE×%.1f HIGH×%.1f", minGram, maxGram, wordWeight, bigramWeight,
                gramWeight, metaWeight, epochs, learningRate, balancedClasses, acuteWeight, highWeight);
    }
}
