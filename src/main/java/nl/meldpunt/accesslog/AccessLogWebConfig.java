package nl.meldpunt.accesslog;

import nl.meldpunt.platform.AccessLog;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hooks the access log into every request that names a case. */
@Configuration(proxyBeanMethods = false)
class AccessLogWebConfig implements WebMvcConfigurer {

    private final AccessLog accessLog;

    AccessLogWebConfig(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessLogInterceptor(accessLog))
                .addPathPatterns("/**");
    }
}
