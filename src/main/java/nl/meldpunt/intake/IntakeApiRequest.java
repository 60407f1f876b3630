package nl.meldpunt.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.ReporterRelation;

/**
 * The body of {@code POST /api/v1/intakes}. Syntax is checked here (Bean Validation); reference-data codes are
 * checked on registration. Unknown fields are refused (spring.jackson.deserialization.fail-on-unknown-properties).
 */
@Schema(name = "IntakeRequest")
record IntakeApiRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Channel channel,
        @Schema(description = "Reference-data code of the list KIND, e.g. COMPLAINT") @Size(max = 40) String kind,
        @Valid Reporter reporter,
        @Valid Subject subject,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 20_000) String text,
        @Schema(description = "When it happened (YYYY-MM-DD); not in the future") LocalDate occurredOn,
        @Schema(description = "When it arrived (ISO 8601 with offset); defaults to now; not in the future")
                OffsetDateTime receivedAt,
        @Size(max = 40) String sector,
        @Size(max = 20) String urgency,
        @Size(max = 12) List<@NotBlank @Size(max = 40) String> themes) {

    /** Phone numbers: digits, spaces, dashes, parentheses and a leading +; 6 to 20 characters. */
    static final String PHONE = "^\\+?[0-9][0-9 ()\\-]{5,19}$";

    /** Who reports. With {@code anonymous: true} the personal fields are dropped and there is no contact. */
    @Schema(name = "IntakeReporter")
    record Reporter(
            @Schema(description = "Reference-data code of the list REPORTER_TYPE, e.g. CITIZEN") @Size(max = 40)
                    String type,
            ReporterRelation relation,
            @Size(max = 200) String name,
            @Email @Size(max = 320) String email,
            @Pattern(regexp = PHONE) String phone,
            @Size(max = 500) String postalAddress,
            Boolean anonymous,
            ContactPreference contactPreference) {}

    /** What the intake is about: a provider, a professional and/or a product, each optional. */
    @Schema(name = "IntakeSubject")
    record Subject(
            @Size(max = 300) String providerName,
            @Pattern(regexp = "\\d{8}", message = "{intake-api.kvk-number}") String kvkNumber,
            @Pattern(regexp = "\\d{12}", message = "{intake-api.establishment-number}") String establishmentNumber,
            @Size(max = 200) String place,
            @Size(max = 300) String professionalName,
            @IntakeApiBigNumber String bigNumber,
            @Size(max = 300) String productName,
            @Size(max = 100) String udiDi,
            @Size(max = 100) String lotNumber) {}
}
