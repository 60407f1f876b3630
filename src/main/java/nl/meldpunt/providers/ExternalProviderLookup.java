package nl.meldpunt.providers;

import java.util.List;
import java.util.Optional;

/**
 * Looks providers up in a register by identifier or name. The local implementation searches Meldpunt's own register;
 * lookups in the Handelsregister (KvK) or the AGB register are a later concern and replace it as another bean.
 */
public interface ExternalProviderLookup {

    Optional<Provider> byKvkNumber(String kvkNumber);

    Optional<Provider> byAgbCode(String agbCode);

    List<Provider> byName(String name, int limit);
}
