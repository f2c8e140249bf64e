package io.steward.architecture;

import io.steward.StewardApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void feature_packages_only_use_each_others_public_api_and_have_no_cycles() {
        ApplicationModules.of(StewardApplication.class).verify();
    }
}
