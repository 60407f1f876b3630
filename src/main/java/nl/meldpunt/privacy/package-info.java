/**
 * Privacy: data-subject rights (find, export, correct, restrict, erase — every decision recorded), the retention
 * schedule with legal holds and two-person approved destruction lists, pseudonyms for exports and the one-way
 * anonymisation of test copies. Reaches personal data only through {@link nl.meldpunt.platform.PersonalDataHolder}
 * beans that each module provides, and casework's public components.
 */
package nl.meldpunt.privacy;
