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
            + "|vandaag|vanochtend|vanmiddag|het is nu|al (een|\\d+) uur|\\bnu (ben|voel|zie)\\b|still|right now|getting worse"
            + "|now (pale|dizzy|confused)|is now|since (yesterday|last night|this morning|this afternoon)";

    SevereSymptomsNowRule() {
        super("pijn op de borst|borstpijn|benauwd\\w*|(krijgt|krijg|kreeg) (bijna |nauwelijks )?geen lucht|"
                + "(moeilijk|zwaar|nauwelijks) (adem|ademen|ademhalen)|slikken (\\w+ )?(moeilijk|lukt niet|niet meer)|"
                + "(kan|kunnen|kon) (bijna |haast )?niet (meer )?slikken|hoge koorts|koorts (van|boven) (39|40|41)|"
                + "bloedt (het )?(flink|hevig|erg|veel|nog)|hevige? bloeding|niet (meer )?wakker te (krijgen|maken)|"
                + "steeds (suffer|verwarder|zieker)|(wang|keel|tong|gezicht) (\\w+ )?(enorm |erg |flink )?(dik|gezwollen)|"
                + "ziet sterretjes|wazig|blurry vision|(wit|grijs|blauw)/(wit|grijs|blauw)|braakt (\\w+ ){0,2}bloed|bloed (op)?braken|"
                + "vomiting blood|(voelt|voel) (de|het|haar) (baby|kind|kindje) (\\w+ ){0,4}niet meer|zwelt (\\w+ ){0,4}op|verliest (\\w+ ){0,4}(veel )?bloed|(veel|hevig) bloedverlies|(arm|been) niet (meer )?bewegen|"
                + "praat (\\w+ ){0,3}(raar|vreemd|onduidelijk)|scheve mond|vlek(jes|ken) (\\w+ ){0,6}niet weg\\w*|"
                + "suiker (is |van )?[123][,.]\\d|ademt (heel |erg )?snel|ruikt naar aceton|(erg|heel|zo) slaperig|"
                + "steeds donkerder|(wit|bleek) en (blauw\\w*|duizelig)|severe (abdominal )?pain|pale and dizzy|"
                + "chest pain|(can't|cannot|can not) breathe|short of breath|high fever|bleeding heavily",
                NOW_STRICT, 200);
    }
}
