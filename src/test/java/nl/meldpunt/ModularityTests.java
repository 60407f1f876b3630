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
    void module_documentation_is_generated_for_every_module() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "spring-modulith-docs");
        org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        modules.forEach(module -> org.assertj.core.api.Assertions
                .assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
                .as(module.getIdentifier().toString())
                .isNotEmptyFile());
    }
}
