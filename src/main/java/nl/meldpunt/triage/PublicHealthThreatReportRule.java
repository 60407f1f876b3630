package nl.meldpunt.triage;

/** A formal report marked as a serious threat to public health (MDR 2-day term) or as urgent. */
final class PublicHealthThreatReportRule extends CueRule {

    PublicHealthThreatReportRule() {
        super("ernstige bedreiging (van|voor) de (volks|publieke )?gezondheid|termijn (van )?(2|twee) dagen|"
                + "spoedmelding|serious (public )?health threat|met spoed informeren", null, 0);
    }
}
