package nl.meldpunt.triage;

/**
 * The officer who took the call already treated it as an emergency: advised 112, the GP post or the crisis
 * service now, or put it through to the inspector on duty at once.
 */
final class EmergencyEscalationRule extends CueRule {

    EmergencyEscalationRule() {
        super("geadviseerd (om )?(direct|nu|meteen|onmiddellijk) (\\w+ ){0,4}(112|huisartsenpost|crisisdienst|"
                + "spoedeisende|dienstdoende arts|arts)|(direct|met spoed|meteen|onmiddellijk) doorgezet|"
                + "doorgezet naar (de )?dienstdoend\\w* inspecteur|(direct|nu) 112 (te )?bellen|"
                + "advised to call 112 (now|immediately)", null, 0);
    }
}
