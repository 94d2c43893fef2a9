package org.accord.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The UI's architecture as executable rules. */
class FrontendArchitectureTest {

    static JavaClasses ui;

    @BeforeAll
    static void importUi() {
        ui = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.accord");
    }

    @Test
    void views_never_reference_aggregates_projections_or_repositories() {
        noClasses().that().resideInAPackage("org.accord.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.accord.core..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .check(ui);
    }

    @Test
    void views_talk_to_the_backend_only_through_a_client_facade() {
        noClasses().that().resideInAPackage("org.accord.ui..")
                .and().haveSimpleNameNotEndingWith("Client")
                .and().doNotHaveSimpleName("CurrentUser")
                .should().dependOnClassesThat().belongToAnyOf(CommandGateway.class, QueryGateway.class)
                .check(ui);
    }

    @Test
    void routes_are_views_in_the_ui_package() {
        noClasses().that().areAnnotatedWith(Route.class)
                .should().resideOutsideOfPackage("org.accord.ui..")
                .check(ui);
    }

    @Test
    void no_cycles_between_packages() {
        slices().matching("org.accord.(**)").should().beFreeOfCycles().check(ui);
    }
}
