package nl.meldpunt.migration;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/import}: upload a file, follow its progress, cancel or resume, download the rejections. */
@Controller
class ImportPage {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ImportRuns runs;
    private final ImportJob job;
    private final ImportLauncher launcher;
    private final Path uploadDir;
    private final Clock clock;

    ImportPage(ImportRuns runs, ImportJob job, ImportLauncher launcher,
            @Value("${meldpunt.migration.upload-dir:./data/imports}") String uploadDir, Clock clock) {
        this.runs = runs;
        this.job = job;
        this.launcher = launcher;
        this.uploadDir = Path.of(uploadDir);
        this.clock = clock;
    }

    /** A run as the page shows it: the stored row plus live progress when it runs here. */
    record RunView(ImportRun run, ImportProgress live, boolean active) {

        public int percent() {
            return live != null ? live.percent() : run.percent();
        }

        public String rate() {
            return live == null ? "" : String.format(Locale.ROOT, "%,.0f", live.rate());
        }

        public String eta() {
            return live == null || live.eta() == null ? "" : ImportProgress.minutes(live.eta());
        }

        public String file() {
            return Path.of(run.fileName()).getFileName().toString();
        }

        public boolean resumable() {
            return !active && run.state().resumable();
        }
    }

    @GetMapping("/admin/import")
    String page(Model model) {
        model.addAttribute("runs", views());
        return "migration/import";
    }

    @GetMapping("/admin/import/runs")
    String runsFragment(Model model) {
        model.addAttribute("runs", views());
        return "migration/import :: runs";
    }

    @PostMapping("/admin/import")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        String extension = name.endsWith(".csv") ? ".csv" : name.endsWith(".jsonl") ? ".jsonl" : null;
        if (file.isEmpty() || extension == null) {
            redirect.addFlashAttribute("error", "migration.import.error.file");
            return "redirect:/admin/import";
        }
        Files.createDirectories(uploadDir);
        Path target = uploadDir.resolve("import-" + STAMP.format(clock.instant().atZone(Amsterdam.ZONE)) + "-"
                + Long.toHexString(System.nanoTime()) + extension);
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        launcher.start(target, CurrentUser.name());
        redirect.addFlashAttribute("message", "migration.import.started");
        return "redirect:/admin/import";
    }

    @PostMapping("/admin/import/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        runs.requestCancel(run(id).id());
        redirect.addFlashAttribute("message", "migration.import.cancelRequested");
        return "redirect:/admin/import";
    }

    @PostMapping("/admin/import/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        ImportRun run = run(id);
        if (!run.state().resumable() || !Files.isRegularFile(Path.of(run.fileName()))) {
            redirect.addFlashAttribute("error", "migration.import.error.resume");
        } else {
            launcher.start(Path.of(run.fileName()), CurrentUser.name());
            redirect.addFlashAttribute("message", "migration.import.resumed");
        }
        return "redirect:/admin/import";
    }

    @GetMapping("/admin/import/{id}/rejections.csv")
    void rejections(@PathVariable long id, HttpServletResponse response) throws IOException {
        ImportRun run = run(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + run.id() + "-rejections.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print("line,field,reason\r\n");
        for (Rejection r : runs.rejections(run.id())) {
            out.print(r.line() + "," + csv(r.field()) + "," + csv(r.reason()) + "\r\n");
        }
        out.flush();
    }

    private List<RunView> views() {
        return runs.latest(20).stream()
                .map(r -> new RunView(r, job.live(r.id()).orElse(null), launcher.isActive(r.fileName())
                        || job.live(r.id()).isPresent()))
                .toList();
    }

    private ImportRun run(long id) {
        return runs.find(id).orElseThrow(() -> new NotFound("Import run " + id));
    }

    static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
