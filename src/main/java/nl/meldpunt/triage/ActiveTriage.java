package nl.meldpunt.triage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import nl.meldpunt.platform.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Holds the active model and trains new versions. At start the active version is loaded from the database; if
 * there is none, the first model is trained from the seed examples in the background (start-up stays fast;
 * a suggestion asked for meanwhile waits for it). A new version is evaluated on the held-out split of the seed
 * (a model trained on the rest), then trained on everything, stored with its evaluation, and activated only if
 * it scores no worse than the active one.
 */
@Component
class ActiveTriage {

    private static final Logger log = LoggerFactory.getLogger(ActiveTriage.class);
    private static final long WAIT_SECONDS = 120;

    private final ModelVersions versions;
    private final ConfirmedLabels confirmed;
    private final Clock clock;
    private final TextFeatures features = new TextFeatures();
    private final UrgencyRules rules = new UrgencyRules();
    private final AtomicReference<TriageEngine> engine = new AtomicReference<>();
    private final CompletableFuture<TriageEngine> firstReady = new CompletableFuture<>();

    ActiveTriage(ModelVersions versions, ConfirmedLabels confirmed, Clock clock) {
        this.versions = versions;
        this.confirmed = confirmed;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofVirtual().name("triage-first-model").start(() -> {
            try {
                Optional<ModelVersion> active = versions.active();
                if (active.isPresent()) {
                    load(active.get().version());
                } else {
                    // First start, or the features changed and no version is active: seed plus confirmed labels.
                    train(confirmed.examples(), "system");
                }
            } catch (RuntimeException e) {
                log.error("Triage model could not be loaded or trained", e);
                firstReady.completeExceptionally(e);
            }
        });
    }

    /** The active engine if there is one yet; never waits. */
    Optional<TriageEngine> ready() {
        return Optional.ofNullable(engine.get());
    }

    /** Runs once, on a background thread, when the first engine becomes ready (at once if it is). */
    void whenFirstReady(Runnable action) {
        firstReady.thenRunAsync(action, task -> Thread.ofVirtual().name("triage-backlog").start(task));
    }

    TriageEngine engine() {
        TriageEngine current = engine.get();
        if (current != null) {
            return current;
        }
        try {
            return firstReady.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelNotReady();
        } catch (ExecutionException | TimeoutException e) {
            throw new ModelNotReady();
        }
    }

    /** Trains a new version from the seed plus confirmed labels; returns it, activated or not. */
    synchronized ModelVersion retrain(String by) {
        return train(confirmed.examples(), by);
    }

    synchronized void activate(String version, String by) {
        if (versions.find(version).isEmpty()) {
            throw new NotFound("triage model version " + version);
        }
        load(version);
        versions.activate(version, clock.instant(), by);
        log.info("Triage model {} activated", version);
    }

    private ModelVersion train(List<TriageExample> confirmedExamples, String by) {
        List<TriageExample> seed = ExampleFiles.seed();
        Splits.Split split = Splits.holdout(seed);
        List<TriageExample> trainingOnly = ExampleFiles.trainingOnly();
        List<TriageExample> train = new ArrayList<>(split.train());
        train.addAll(trainingOnly);
        train.addAll(confirmedExamples);
        long start = System.nanoTime();
        TriageTrainer trainer = new TriageTrainer(features);
        EvaluationReport report = EvaluationReport.of(new TriageEngine(trainer.train(train), rules, "eval"),
                split.test());
        List<TriageExample> all = new ArrayList<>(seed);
        all.addAll(trainingOnly);
        all.addAll(confirmedExamples);
        TriageModel model = trainer.train(all);
        String version = versions.nextVersion();
        try {
            versions.save(version, clock.instant(), all.size(), confirmedExamples.size(), model.serialize(), report);
        } catch (org.springframework.dao.DuplicateKeyException otherNode) {
            // Two nodes starting on an empty database both train the first model; the one that stores second takes
            // the next version name instead of failing (docs/two-nodes.md).
            version = versions.nextVersion();
            versions.save(version, clock.instant(), all.size(), confirmedExamples.size(), model.serialize(), report);
        }
        log.info("Triage model {} trained on {} examples in {} ms: {}", version, all.size(),
                (System.nanoTime() - start) / 1_000_000, report.summary());
        Optional<ModelVersion> current = versions.active();
        if (current.isEmpty() || report.score() >= current.get().score()) {
            use(new TriageEngine(model, rules, version));
            versions.activate(version, clock.instant(), by);
        } else {
            log.info("Triage model {} not activated: score {} below active {}", version, report.score(),
                    current.get().score());
        }
        return versions.find(version).orElseThrow();
    }

    private void load(String version) {
        byte[] bytes = versions.model(version).orElseThrow(() -> new NotFound("triage model version " + version));
        use(new TriageEngine(TriageModel.deserialize(bytes, features), rules, version));
    }

    private void use(TriageEngine next) {
        engine.set(next);
        firstReady.complete(next);
    }
}
