package nl.meldpunt.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.SubjectType;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake for systems: providers, manufacturers and other systems submit questions, complaints, information and
 * reports. The answer is sent only after the case is committed.
 */
@RestController
@Tag(name = "Intakes")
class IntakeApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** How far a client's clock may run ahead of ours before its receivedAt counts as "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Dates before this are typing errors, not intakes. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    private final IntakeApiRegistration registration;
    private final Clock clock;

    IntakeApi(IntakeApiRegistration registration, Clock clock) {
        this.registration = registration;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/intakes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an intake; answers its reference number (201, or 200 for a repeated "
            + "Idempotency-Key with the same body)")
    @ApiResponse(responseCode = "201", description = "Registered; Location is the case")
    @ApiResponse(responseCode = "200", description = "Same Idempotency-Key and body as before: the same case")
    @ApiResponse(responseCode = "400", description = "Invalid fields, one errors[] entry per field")
    @ApiResponse(responseCode = "422", description = "Idempotency-Key used before with a different body")
    ResponseEntity<IntakeApiResponse> submit(
            @Parameter(description = "Any unique string of up to 200 printable characters; a retry with the same "
                    + "key and body returns the same case") @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody IntakeApiRequest request) {
        checkKey(idempotencyKey);
        NewCase intake = toNewCase(request);
        IntakeApiResponse answer;
        try {
            answer = registration.register(intake, CurrentUser.name(), idempotencyKey,
                    idempotencyKey == null ? null : hash(request));
        } catch (InvalidInput e) {
            throw apiFieldNames(e);
        }
        return ResponseEntity.status(answer.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create(answer.href()))
                .body(answer);
    }

    static String caseHref(String caseNumber) {
        return "/api/v1/cases/" + caseNumber;
    }

    private NewCase toNewCase(IntakeApiRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant now = clock.instant();
        Instant receivedAt = r.receivedAt() == null ? null : r.receivedAt().toInstant();
        if (receivedAt != null && receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.put("receivedAt", "Must not be in the future.");
        } else if (receivedAt != null && receivedAt.isBefore(EARLIEST.atStartOfDay(Amsterdam.ZONE).toInstant())) {
            errors.put("receivedAt", "Must not be before " + EARLIEST + ".");
        }
        if (r.occurredOn() != null && r.occurredOn().isBefore(EARLIEST)) {
            errors.put("occurredOn", "Must not be before " + EARLIEST + ".");
        }
        LocalDate latest = (receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt)
                .atZone(Amsterdam.ZONE).toLocalDate();
        if (r.occurredOn() != null && r.occurredOn().isAfter(latest)) {
            errors.put("occurredOn", "Must not be after the day the intake was received.");
        }
        NewReporter reporter = toReporter(r.reporter(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new NewCase(r.channel(), blankToNull(r.kind()), r.reporter() == null ? null : blankToNull(r.reporter().type()),
                blankToNull(r.sector()), blankToNull(r.urgency()), r.themes(), r.text().strip(), r.occurredOn(),
                receivedAt, reporter, toSubjects(r.subject()), List.of(), null);
    }

    private static NewReporter toReporter(IntakeApiRequest.Reporter r, Map<String, String> errors) {
        if (r == null) {
            return null;
        }
        ContactPreference preference = r.contactPreference() == null ? ContactPreference.NONE : r.contactPreference();
        if (Boolean.TRUE.equals(r.anonymous())) {
            return NewReporter.anonymousReporter(r.relation());
        }
        switch (preference) {
            case PHONE -> requireFor(errors, "reporter.phone", r.phone(), preference);
            case EMAIL -> requireFor(errors, "reporter.email", r.email(), preference);
            case LETTER -> requireFor(errors, "reporter.postalAddress", r.postalAddress(), preference);
            case NONE -> { }
        }
        return new NewReporter(false, r.relation(), blankToNull(r.name()), blankToNull(r.email()),
                blankToNull(r.phone()), blankToNull(r.postalAddress()), preference);
    }

    private static void requireFor(Map<String, String> errors, String field, String value, ContactPreference p) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Required when contactPreference is " + p + ".");
        }
    }

    private static List<NewSubject> toSubjects(IntakeApiRequest.Subject s) {
        List<NewSubject> subjects = new ArrayList<>();
        if (s == null) {
            return subjects;
        }
        if (anyGiven(s.providerName(), s.kvkNumber(), s.establishmentNumber(), s.place())) {
            subjects.add(new NewSubject(SubjectType.PROVIDER, blankToNull(s.providerName()), blankToNull(s.place()),
                    s.kvkNumber(), s.establishmentNumber(), null, null, null));
        }
        if (anyGiven(s.professionalName(), s.bigNumber())) {
            subjects.add(NewSubject.professional(blankToNull(s.professionalName()), s.bigNumber()));
        }
        if (anyGiven(s.productName(), s.udiDi(), s.lotNumber())) {
            subjects.add(NewSubject.product(blankToNull(s.productName()), blankToNull(s.udiDi()),
                    blankToNull(s.lotNumber())));
        }
        return subjects;
    }

    /** Codes are checked by casework under its own names; the API names them as the client sent them. */
    private static InvalidInput apiFieldNames(InvalidInput e) {
        Map<String, String> renamed = new LinkedHashMap<>();
        e.errors().forEach((field, message) -> renamed.put("reporterType".equals(field) ? "reporter.type" : field,
                message));
        return new InvalidInput(renamed);
    }

    private static void checkKey(String key) {
        if (key != null && (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127))) {
            throw InvalidInput.of(IDEMPOTENCY_KEY, "1 to 200 printable ASCII characters without spaces.");
        }
    }

    /** A hash of the request as parsed, so that a retry with other whitespace or field order is the same request. */
    private static String hash(IntakeApiRequest request) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(request)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean anyGiven(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
