/**
 * Migration: bulk import of historic cases from JSONL or CSV (command line and admin page), with checkpoints,
 * resume, cancel and a rejection report; and the generator of realistic import files for tests and benchmarks.
 * Writes cases only through {@link nl.meldpunt.casework.BulkCaseWriter}.
 */
package nl.meldpunt.migration;
