/**
 * Technical platform shared by every business module: the embedded database, security, clock, locale and
 * error rendering. Open, so that business modules may use its types; it depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.meldpunt.platform;
