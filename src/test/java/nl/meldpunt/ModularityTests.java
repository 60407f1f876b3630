package nl.meldpunt;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules only use each other's published API; a reach into another module's internals fails the build. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MeldpuntApplication.class);

    @Test
    void modules_only_depend_on_each_others_public_api() {
        modules.verify();
    }

    @Test
    void module_documentation_is_generated() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
