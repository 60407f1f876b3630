package nl.meldpunt.casework.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the intake officer types while on the phone (or copies from a letter or e-mail). Every field is kept as
 * typed, so a form with a mistake comes back as it was.
 */
public record PhoneIntakeForm(
        String channel,
        @NotBlank(message = "{casework.error.required}") @Size(max = 20000, message = "{casework.error.tooLong}")
        String description,
        @Size(max = 50000, message = "{casework.error.tooLong}") String emailText,
        Boolean anonymous,
        @Size(max = 200, message = "{casework.error.tooLong}") String reporterName,
        @Size(max = 40, message = "{casework.error.tooLong}") String reporterPhone,
        @Size(max = 320, message = "{casework.error.tooLong}") String reporterEmail,
        @Size(max = 500, message = "{casework.error.tooLong}") String reporterAddress,
        String relation,
        String contactPreference,
        @Size(max = 300, message = "{casework.error.tooLong}") String providerName,
        @Size(max = 200, message = "{casework.error.tooLong}") String providerPlace,
        String kvkNumber,
        @Size(max = 300, message = "{casework.error.tooLong}") String professionalName,
        String bigNumber,
        @Size(max = 300, message = "{casework.error.tooLong}") String productName,
        @Size(max = 100, message = "{casework.error.tooLong}") String udiDi,
        @Size(max = 100, message = "{casework.error.tooLong}") String lotNumber,
        String occurredOn,
        @Size(max = 40, message = "{casework.error.code}") String kind,
        @Size(max = 40, message = "{casework.error.code}") String reporterType,
        @Size(max = 40, message = "{casework.error.code}") String sector,
        @Size(max = 40, message = "{casework.error.code}") String urgency,
        @Size(max = 12, message = "{casework.error.code}") List<@Size(max = 40) String> themes) {

    public PhoneIntakeForm {
        channel = channel == null || channel.isBlank() ? "PHONE" : channel.strip();
        anonymous = Boolean.TRUE.equals(anonymous);
        emailText = Forms.blankToNull(emailText);
        reporterName = Forms.blankToNull(reporterName);
        reporterPhone = Forms.blankToNull(reporterPhone);
        reporterEmail = Forms.blankToNull(reporterEmail);
        reporterAddress = Forms.blankToNull(reporterAddress);
        relation = Forms.blankToNull(relation);
        contactPreference = contactPreference == null || contactPreference.isBlank() ? "PHONE" : contactPreference;
        providerName = Forms.blankToNull(providerName);
        providerPlace = Forms.blankToNull(providerPlace);
        kvkNumber = Forms.blankToNull(kvkNumber);
        professionalName = Forms.blankToNull(professionalName);
        bigNumber = Forms.blankToNull(bigNumber);
        productName = Forms.blankToNull(productName);
        udiDi = Forms.blankToNull(udiDi);
        lotNumber = Forms.blankToNull(lotNumber);
        occurredOn = Forms.blankToNull(occurredOn);
        kind = Forms.blankToNull(kind);
        reporterType = Forms.blankToNull(reporterType);
        sector = Forms.blankToNull(sector);
        urgency = Forms.blankToNull(urgency);
        themes = themes == null ? List.of() : themes.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    static PhoneIntakeForm empty() {
        return new PhoneIntakeForm("PHONE", null, null, false, null, null, null, null, null, "PHONE", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
