package nl.meldpunt.casework;

import java.time.LocalDate;

/** A consultation with the citizen: when, how, what was discussed, and whether they agree to forwarding. */
public record NewConsultation(LocalDate consultedOn, ContactMedium medium, String summary,
        boolean agreesToForwarding) {}
