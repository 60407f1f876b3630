/**
 * The provider register: care providers Meldpunt knows (name, KvK, establishment, AGB, sector, address), searchable
 * by name with fuzzy matching, so that cases about one provider are linked even when the name is typed
 * differently. Public API: {@link nl.meldpunt.providers.ProviderRegister}; lookups in external registers go behind
 * {@link nl.meldpunt.providers.ExternalProviderLookup}. Depends on no other business module but reference data.
 */
package nl.meldpunt.providers;
