/**
 * Demo data: a few hundred realistic, clearly fictitious sample cases for the {@code demo} profile, registered
 * through casework's public API like any other intake. Active only with {@code meldpunt.demo.enabled=true}.
 */
package nl.meldpunt.demo;
