package nl.meldpunt.platform;

import java.io.IOException;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Dutch by default, English on request ({@code ?lang=en}, remembered in a cookie). Every module brings its own
 * message bundle as {@code i18n/<module>_nl.properties} (and {@code _en}); they are found here, so adding a module
 * never means editing a shared list.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.of("nl");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("meldpunt-lang");
        resolver.setDefaultLocale(DUTCH);
        return resolver;
    }

    /**
     * Switched off: Spring Boot registers this filter because the webjars locator is on the class path, and it sends
     * every link a page renders through the static-resource handlers. A link that is not a static file
     * ({@code /zaken/MP-…}) costs class-path lookups in the nested jar, uncached: 60% of the case page's time at
     * 200 history rows. Meldpunt uses no versioned resource URLs, and unversioned webjar paths are resolved when the
     * file is requested, so the filter adds nothing (decision 2590).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Bean
    MessageSource messageSource() throws IOException {
        TreeSet<String> basenames = new TreeSet<>();
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_nl.properties");
        for (Resource bundle : bundles) {
            String name = bundle.getFilename();
            basenames.add("classpath:i18n/" + name.substring(0, name.length() - "_nl.properties".length()));
        }
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setDefaultLocale(DUTCH);
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
