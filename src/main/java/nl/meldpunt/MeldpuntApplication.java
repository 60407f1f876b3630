package nl.meldpunt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Meldpunt: the case system of the inspectorate's front office. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MeldpuntApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeldpuntApplication.class, args);
    }
}
