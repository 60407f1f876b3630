package nl.meldpunt.privacy;

import java.util.Arrays;
import java.util.List;
import nl.meldpunt.platform.PersonalDataHolder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar meldpunt.jar anonymise --confirm-irreversible}: replaces every name, e-mail address, phone
 * number, address and free text in the database with made-up Dutch-looking values, deletes attachments and clears
 * pseudonym reversals and the personal parts of the privacy register. For copies of production data that go to a
 * test environment; irreversible. Exits 0 when done, 2 without the confirmation flag. See docs/privacy.md.
 */
@Component
class AnonymiseCommand implements ApplicationRunner {

    static final String COMMAND = "anonymise";
    static final String CONFIRM = "--confirm-irreversible";

    private final List<PersonalDataHolder> holders;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final ConfigurableApplicationContext context;

    AnonymiseCommand(List<PersonalDataHolder> holders, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            ConfigurableApplicationContext context) {
        this.holders = holders;
        this.jdbc = jdbc;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String[] args = arguments.getSourceArgs();
        if (args.length == 0 || !COMMAND.equals(args[0])) {
            return;
        }
        int code;
        if (!Arrays.asList(args).contains(CONFIRM)) {
            System.out.println("Usage: anonymise " + CONFIRM + "   (irreversibly replaces all personal data)");
            code = 2;
        } else {
            long rows = anonymise();
            System.out.printf("Anonymised %,d rows in %d modules.%n", rows, holders.size());
            code = 0;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    long anonymise() {
        DutchFakes fakes = new DutchFakes();
        long rows = 0;
        for (PersonalDataHolder holder : holders) {
            rows += holder.anonymiseAll(fakes);
        }
        rows += jdbc.sql("DELETE FROM pseudonym").update();
        rows += jdbc.sql("UPDATE privacy_request SET requester = '(geanonimiseerd)', person_query = '{}'").update();
        return rows;
    }
}
