package nl.meldpunt.formalreports;

import nl.meldpunt.admin.StaffUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the demo (and test) profile: a provider user {@code zorgaanbieder}/{@code zorgaanbieder} for a fictional
 * care provider, like admin's demo users. Never created otherwise.
 */
@Component
class DemoProviderUser {

    static final Organisation DEMO = new Organisation("Zorggroep De Linde (fictief)", "90000001", "000090000001");

    private final ProviderAccounts accounts;
    private final StaffUsers users;
    private final boolean demo;

    DemoProviderUser(ProviderAccounts accounts, StaffUsers users, @Value("${meldpunt.demo.enabled:false}") boolean demo) {
        this.accounts = accounts;
        this.users = users;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (demo && users.find("zorgaanbieder").isEmpty()) {
            accounts.create("zorgaanbieder", "zorgaanbieder", DEMO);
        }
    }
}
