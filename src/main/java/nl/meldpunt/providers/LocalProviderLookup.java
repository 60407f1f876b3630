package nl.meldpunt.providers;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lookup on Meldpunt's own register, used until an external register is connected. */
class LocalProviderLookup implements ExternalProviderLookup {

    private final ProviderRegister register;

    LocalProviderLookup(ProviderRegister register) {
        this.register = register;
    }

    @Override
    public Optional<Provider> byKvkNumber(String kvkNumber) {
        return register.search(kvkNumber, 1).stream().filter(p -> kvkNumber.equals(p.kvkNumber())).findFirst();
    }

    @Override
    public Optional<Provider> byAgbCode(String agbCode) {
        return register.search(agbCode, 1).stream().filter(p -> agbCode.equals(p.agbCode())).findFirst();
    }

    @Override
    public List<Provider> byName(String name, int limit) {
        return register.search(name, limit);
    }

    @Configuration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @ConditionalOnMissingBean(ExternalProviderLookup.class)
        ExternalProviderLookup localProviderLookup(ProviderRegister register) {
            return new LocalProviderLookup(register);
        }
    }
}
