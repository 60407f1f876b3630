package nl.meldpunt.triage;

/**
 * A patient has alarming symptoms now or getting worse (chest pain, breathlessness, cannot swallow, high fever,
 * heavy bleeding, hard to wake) — typically after a treatment, or while waiting for care that does not come.
 * Needs a cue of "now" stricter than most rules: a story told about last week is not acute.
 */
final class SevereSymptomsNowRule extends CueRule {

    private static final String NOW_STRICT = "nog steeds|nog altijd|sinds (gisteren|gisteravond|vannacht|vanochtend|"
            + "vanmiddag|vandaag|een paar uur|\\w+ uur)|op dit moment|\\bnu (nog|al|ook|steeds|wordt|is|heeft|kan|krijgt)\\b"
            + "|(wordt|worden|gaat) (steeds|alleen maar|nog) (erger|slechter|verder)|verergert|neemt toe|vannacht|vanavond"
            + "|vandaag|vanochtend|vanmiddag|still|right now|getting worse|since (yesterday|last night|this morning)";

    SevereSymptomsNowRule() {
        super("pijn op de borst|borstpijn|benauwd\\w*|(krijgt|krijg|kreeg) (bijna |nauwelijks )?geen lucht|"
                + "(moeilijk|zwaar|nauwelijks) (adem|ademen|ademhalen)|slikken (\\w+ )?(moeilijk|lukt niet|niet meer)|"
                + "(kan|kunnen|kon) (bijna |haast )?niet (meer )?slikken|hoge koorts|koorts (van|boven) (39|40|41)|"
                + "bloedt (het )?(flink|hevig|erg|veel|nog)|hevige? bloeding|niet (meer )?wakker te (krijgen|maken)|"
                + "steeds (suffer|verwarder|zieker)|(wang|keel|tong|gezicht) (\\w+ )?(enorm |erg |flink )?(dik|gezwollen)|"
                + "chest pain|(can't|cannot|can not) breathe|short of breath|high fever|bleeding heavily",
                NOW_STRICT, 200);
    }
}
