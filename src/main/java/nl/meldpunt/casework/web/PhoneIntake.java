package nl.meldpunt.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.meldpunt.casework.AttachmentPolicy;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.Identifiers;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.casework.SubjectType;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rules of the staff intake form, separate from the web plumbing: which channels staff register by hand,
 * what each needs (a letter its scan, an e-mail its text or .eml), and how the typed fields become a
 * {@link NewCase}. Field errors are message keys.
 */
final class PhoneIntake {

    /** The channels an officer registers by hand; web form and API arrive by themselves. */
    static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.LETTER, Channel.EMAIL, Channel.INTERNAL);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

    private PhoneIntake() {}

    /** Files the officer chose, read and checked; refused ones become an error under {@code files}. */
    static List<NewAttachment> attachments(List<MultipartFile> files, Map<String, String> errors) {
        List<NewAttachment> accepted = new ArrayList<>();
        if (files == null) {
            return accepted;
        }
        List<MultipartFile> chosen = files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (chosen.size() > AttachmentPolicy.MAX_FILES) {
            errors.putIfAbsent("files", "casework.intake.error.tooManyFiles");
            return accepted;
        }
        for (MultipartFile file : chosen) {
            byte[] content;
            try {
                content = file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var refusal = AttachmentPolicy.check(content, AttachmentPolicy.STAFF_TYPES);
            if (refusal.isPresent()) {
                errors.putIfAbsent("files", "casework.intake.error.file." + refusal.get().name());
                continue;
            }
            String type = AttachmentPolicy.detectType(content).orElseThrow();
            accepted.add(new NewAttachment(file.getOriginalFilename(), type, content));
        }
        return accepted;
    }

    /** Checks what Bean Validation cannot; adds message keys per field. */
    static void check(PhoneIntakeForm f, List<NewAttachment> files, Clock clock, Map<String, String> errors) {
        Channel channel = channel(f.channel());
        if (channel == null) {
            errors.putIfAbsent("channel", "casework.error.code");
        } else if (channel == Channel.LETTER && files.isEmpty() && !errors.containsKey("files")) {
            errors.putIfAbsent("files", "casework.intake.error.letterNeedsScan");
        } else if (channel == Channel.EMAIL && f.emailText() == null
                && files.stream().noneMatch(a -> "message/rfc822".equals(a.contentType()))) {
            errors.putIfAbsent("emailText", "casework.intake.error.emailNeedsText");
        }
        if (!f.anonymous()) {
            ContactPreference preference = enumOf(ContactPreference.class, f.contactPreference());
            if (preference == null) {
                errors.putIfAbsent("contactPreference", "casework.error.code");
            } else if (preference == ContactPreference.PHONE && f.reporterPhone() == null) {
                errors.putIfAbsent("reporterPhone", "casework.intake.error.phoneForCallback");
            } else if (preference == ContactPreference.EMAIL && f.reporterEmail() == null) {
                errors.putIfAbsent("reporterEmail", "casework.intake.error.emailForContact");
            } else if (preference == ContactPreference.LETTER && f.reporterAddress() == null) {
                errors.putIfAbsent("reporterAddress", "casework.intake.error.addressForLetter");
            }
            if (f.reporterEmail() != null && !EMAIL.matcher(f.reporterEmail()).matches()) {
                errors.putIfAbsent("reporterEmail", "casework.intake.error.email");
            }
            if (f.reporterPhone() != null && !PHONE.matcher(f.reporterPhone()).matches()) {
                errors.putIfAbsent("reporterPhone", "casework.intake.error.phone");
            }
        }
        if (f.relation() != null && enumOf(ReporterRelation.class, f.relation()) == null) {
            errors.putIfAbsent("relation", "casework.error.code");
        }
        if (f.kvkNumber() != null && !Identifiers.isKvkNumber(f.kvkNumber())) {
            errors.putIfAbsent("kvkNumber", "casework.intake.error.kvk");
        }
        if (f.bigNumber() != null && !Identifiers.isBigNumber(f.bigNumber())) {
            errors.putIfAbsent("bigNumber", "casework.intake.error.big");
        }
        if (f.occurredOn() != null) {
            LocalDate date = date(f.occurredOn());
            if (date == null) {
                errors.putIfAbsent("occurredOn", "casework.intake.error.date");
            } else if (date.isAfter(LocalDate.now(clock.withZone(Amsterdam.ZONE)))) {
                errors.putIfAbsent("occurredOn", "casework.intake.error.dateInFuture");
            }
        }
    }

    /** The case to register; call only when {@link #check} found nothing. */
    static NewCase toNewCase(PhoneIntakeForm f, List<NewAttachment> files, String emailSeparator) {
        String description = f.description().strip();
        if (f.emailText() != null) {
            description = description + "\n\n" + emailSeparator + "\n" + f.emailText();
        }
        ReporterRelation relation = enumOf(ReporterRelation.class, f.relation());
        NewReporter reporter = f.anonymous()
                ? NewReporter.anonymousReporter(relation)
                : new NewReporter(false, relation, f.reporterName(), f.reporterEmail(), f.reporterPhone(),
                        f.reporterAddress(), enumOf(ContactPreference.class, f.contactPreference()));
        List<NewSubject> subjects = new ArrayList<>();
        if (f.providerName() != null || f.kvkNumber() != null) {
            subjects.add(NewSubject.provider(f.providerName(), f.providerPlace(), f.kvkNumber()));
        }
        if (f.professionalName() != null || f.bigNumber() != null) {
            subjects.add(NewSubject.professional(f.professionalName(), f.bigNumber()));
        }
        if (f.productName() != null || f.udiDi() != null || f.lotNumber() != null) {
            subjects.add(new NewSubject(SubjectType.PRODUCT, f.productName(), null, null, null, null, f.udiDi(),
                    f.lotNumber()));
        }
        return new NewCase(channel(f.channel()), f.kind(), f.reporterType(), f.sector(), f.urgency(), f.themes(),
                description, f.occurredOn() == null ? null : date(f.occurredOn()), null, reporter, subjects, files,
                null);
    }

    static Channel channel(String value) {
        Channel c = enumOf(Channel.class, value);
        return c != null && CHANNELS.contains(c) ? c : null;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
