package nl.meldpunt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Static files are served as linked, and page links are not rewritten through the resource handlers (decision 2590). */
class WebResourcesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_unversioned_htmx_path_is_served_from_the_webjar() throws Exception {
        HttpResponse<String> htmx = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/webjars/htmx.org/dist/htmx.min.js")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
    }

    @Test
    void no_resource_url_encoding_filter_runs_on_page_links() {
        var registrations = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .filter(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
                .toList();

        assertThat(registrations).isNotEmpty().allSatisfy(r -> assertThat(r.isEnabled()).isFalse());
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }
}
