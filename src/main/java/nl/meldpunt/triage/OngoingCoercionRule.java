package nl.meldpunt.triage;

/** Seclusion, restraint or forced treatment that is still going on (without a sign that it has ended). */
final class OngoingCoercionRule extends CueRule {

    OngoingCoercionRule() {
        super("separeer\\w*|vastgeknoopt|aan (het|hun|zijn|haar) bed (vast)?(gebonden|geknoopt|gemaakt)|gesepareerd|separatie|vastgebonden|vastgemaakt|vastbinden|(wordt|werd) (hij|zij|ze) [^.]{0,60}vastgezet|vastgezet in (zijn|haar) (rolstoel|stoel|bed)|van buitenaf (\\w+ ){0,2}op slot|sluit\\w* (\\w+ ){1,5}op (in|op)\\b|fixatie|gefixeerd|fixeren|opgesloten|"
                + "sluit\\w* (hem|haar|ze|de bewoners|de clienten) op|afzondering|isoleercel|platgespoten|"
                + "dwangmedicatie|onrustband|vastgehouden|tied (up|down)|locked (up|in)|restrain\\w*|seclusion"
                + "|(hold|holds|holding|held|pin|pins|pinned) (\\w+ ){1,2}down|pinned to the (floor|bed)",
                NOW, 250);
    }
}
