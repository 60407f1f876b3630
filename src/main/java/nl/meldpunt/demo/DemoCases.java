package nl.meldpunt.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseFilter;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Seeds sample cases after start-up, in a background thread so start-up is not slowed: the labelled example
 * texts, spread over the last six months, over the channels they came in by, some anonymous, with invented
 * reporters and providers, and statuses that fit their age. Registered through {@link CaseRegistration} like
 * any intake. Skipped when any case exists, so a restart or a second node never seeds twice. Deterministic
 * (fixed random seed).
 */
@Component
@ConditionalOnProperty(name = "meldpunt.demo.enabled", havingValue = "true")
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final int DAYS_BACK = 180;

    private final CaseRegistration registration;
    private final CaseEditing editing;
    private final CaseQueries queries;
    private final Clock clock;
    private final int count;
    private volatile boolean stopping;
    private volatile Thread worker;

    DemoCases(CaseRegistration registration, CaseEditing editing, CaseQueries queries, Clock clock,
            @Value("${meldpunt.demo.cases:300}") int count) {
        this.registration = registration;
        this.editing = editing;
        this.queries = queries;
        this.clock = clock;
        this.count = count;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedInBackground() {
        if (count <= 0 || queries.search(CaseFilter.none(), 0, 1).total() > 0) {
            return;
        }
        worker = Thread.ofVirtual().name("demo-cases").start(this::seed);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        stopping = true;
        Thread t = worker;
        if (t != null) {
            t.join(Duration.ofSeconds(5));
        }
    }

    /** Registers the sample cases; returns how many were registered. */
    int seed() {
        long started = System.nanoTime();
        DemoMaterial material = DemoMaterial.load();
        Random random = new Random(20261123L);
        Instant now = clock.instant();
        List<DemoExample> examples = new ArrayList<>(material.examples);
        java.util.Collections.shuffle(examples, random);
        int registered = 0;
        try {
            for (DemoExample example : examples.subList(0, Math.min(count, examples.size()))) {
                if (stopping) {
                    break;
                }
                Instant receivedAt = receivedAt(now, random);
                Channel channel = channel(example.channel());
                actAs(channel, random);
                try {
                    RegisteredCase c = registration.register(newCase(example, channel, receivedAt, material, random));
                    walkStatuses(c.caseNumber().value(), Duration.between(receivedAt, now), material, random);
                    registered++;
                } catch (InvalidInput e) {
                    log.debug("Demo example {} skipped: {}", example.id(), e.errors().keySet());
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo data: {} sample cases registered in {} ms", registered,
                (System.nanoTime() - started) / 1_000_000);
        return registered;
    }

    private NewCase newCase(DemoExample e, Channel channel, Instant receivedAt, DemoMaterial m, Random random) {
        LocalDate received = receivedAt.atZone(Amsterdam.ZONE).toLocalDate();
        LocalDate occurredOn = random.nextInt(10) < 6 ? received.minusDays(random.nextInt(21)) : null;
        return new NewCase(channel, e.kind(), e.reporterType(), e.sector(), e.urgency(), e.themes(), e.text(),
                occurredOn, receivedAt, reporter(e, channel, m, random), subjects(e, m, random), List.of(),
                "demo:" + e.id());
    }

    private static NewReporter reporter(DemoExample e, Channel channel, DemoMaterial m, Random random) {
        boolean citizen = "CITIZEN".equals(e.reporterType());
        if (citizen && random.nextInt(100) < 15) {
            return NewReporter.anonymousReporter(random.nextBoolean() ? ReporterRelation.PATIENT : null);
        }
        String[] person = m.people.get(random.nextInt(m.people.size()));
        String name = person[0] + " " + person[1];
        String mailbox = (person[0] + "." + person[1]).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        String email = mailbox + "@voorbeeld.example";
        String phone = "06-00" + String.format("%06d", random.nextInt(1_000_000));
        ContactPreference preference = switch (channel) {
            case PHONE -> ContactPreference.PHONE;
            case EMAIL, WEB_FORM, API -> random.nextInt(3) == 0 ? ContactPreference.PHONE : ContactPreference.EMAIL;
            case LETTER -> ContactPreference.LETTER;
            case INTERNAL -> ContactPreference.NONE;
        };
        ReporterRelation relation = citizen
                ? (random.nextBoolean() ? ReporterRelation.PATIENT : ReporterRelation.RELATIVE)
                : ReporterRelation.OTHER;
        String address = preference == ContactPreference.LETTER
                ? "Voorbeeldstraat " + (1 + random.nextInt(200)) + ", 1234 AB Proefstad" : null;
        return new NewReporter(false, relation, name, email, phone, address, preference);
    }

    private static List<NewSubject> subjects(DemoExample e, DemoMaterial m, Random random) {
        List<DemoMaterial.Provider> fitting = m.providers.stream().filter(p -> p.sector().equals(e.sector())).toList();
        if (fitting.isEmpty() || random.nextInt(10) == 0) {
            return List.of();
        }
        DemoMaterial.Provider p = fitting.get(random.nextInt(fitting.size()));
        return List.of(NewSubject.provider(p.name(), p.place(), p.kvkNumber()));
    }

    /** Older cases are further along: most of those older than two months are closed. */
    private void walkStatuses(String caseNumber, Duration age, DemoMaterial m, Random random) {
        List<CaseStatus> path = new ArrayList<>();
        long days = age.toDays();
        int dice = random.nextInt(100);
        if (days > 60) {
            path.addAll(dice < 70 ? List.of(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED)
                    : dice < 85 ? List.of(CaseStatus.IN_PROGRESS, CaseStatus.FORWARDED)
                    : List.of(CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_PROVIDER));
        } else if (days > 14) {
            path.addAll(dice < 40 ? List.of(CaseStatus.IN_PROGRESS)
                    : dice < 60 ? List.of(CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CITIZEN)
                    : dice < 80 ? List.of(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED)
                    : List.of(CaseStatus.IN_TRIAGE));
        } else if (dice < 40) {
            path.add(CaseStatus.IN_TRIAGE);
        }
        long version = 0;
        for (CaseStatus next : path) {
            version = editing.changeStatus(caseNumber, version, next, reason(next, m, random));
        }
    }

    private static String reason(CaseStatus status, DemoMaterial m, Random random) {
        List<DemoMaterial.Reason> fitting = m.reasons.stream().filter(r -> r.status().equals(status.name())).toList();
        return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size())).text();
    }

    private static Instant receivedAt(Instant now, Random random) {
        long minutes = (long) (Math.pow(random.nextDouble(), 1.3) * DAYS_BACK * 24 * 60);
        return now.minus(Duration.ofMinutes(minutes));
    }

    private static Channel channel(String value) {
        for (Channel c : Channel.values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return Channel.WEB_FORM;
    }

    /** Who registers: the public form for web forms, a system for the API, an officer otherwise. */
    private static void actAs(Channel channel, Random random) {
        String actor = switch (channel) {
            case WEB_FORM -> null;
            case API -> "api";
            default -> random.nextInt(4) == 0 ? "senior" : "intake";
        };
        SecurityContextHolder.clearContext();
        if (actor != null) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        }
    }
}
