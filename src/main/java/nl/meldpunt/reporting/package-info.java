/**
 * Supervision information: the daily signal overview, the yearly Klachtbeeld, weekly trends, provider profiles,
 * the dashboard and analyst exports. A read model over casework's tables (see the migration
 * {@code V2026_11_24_1300__reporting.sql} and decision 2430); it never writes another module's tables.
 */
package nl.meldpunt.reporting;
