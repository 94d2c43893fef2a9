package org.accord.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.accord.api.shared.Actor;
import org.accord.api.shared.Role;
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

    /**
     * Who may do what is the server's decision ({@code FindCapabilities}, judged by the
     * negotiation's own policies): no view derives it from the person's role. The role is only
     * shown in the header and chooses an observer's landing page.
     */
    @Test
    void no_view_decides_from_a_role_what_a_person_may_do() {
        noClasses().that().resideInAPackage("org.accord.ui..")
                .should().callMethod(Actor.class, "isChair")
                .orShould().callMethod(Role.class, "speaksForAMember")
                .check(ui);
        noClasses().that().resideInAPackage("org.accord.ui..")
                .and().doNotHaveFullyQualifiedName(MainLayout.class.getName())
                .and().doNotHaveFullyQualifiedName(org.accord.ui.negotiation.NegotiationsView.class.getName())
                .should().callMethod(Actor.class, "role")
                .check(ui);
    }

    /** Consensus, statuses and policies live in the backend; views only show their results. */
    @Test
    void no_view_holds_a_rule_of_the_negotiation() {
        noClasses().that().resideInAPackage("org.accord.ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Policies")
                .orShould().dependOnClassesThat().haveSimpleName("Consensus")
                .orShould().dependOnClassesThat().haveSimpleName("StatusRefresh")
                .orShould().dependOnClassesThat().haveSimpleName("CapabilityRules")
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
