package org.accord.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The backend's architecture as executable rules. */
class BackendArchitectureTest {

    static JavaClasses backend;

    @BeforeAll
    static void importBackend() {
        backend = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.accord.api", "org.accord.core");
    }

    @Test
    void no_vaadin_in_the_backend() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..").check(backend);
    }

    @Test
    void the_api_depends_on_no_implementation() {
        noClasses().that().resideInAPackage("org.accord.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.accord.core..", "org.springframework..")
                .check(backend);
    }

    @Test
    void messages_are_records() {
        classes().that().resideInAPackage("org.accord.api.(negotiation|identity)..")
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName("NegotiationCommands")
                .and().areNotEnums()
                .should().beRecords()
                .check(backend);
    }

    @Test
    void every_event_carries_a_revision() {
        classes().that().resideInAPackage("org.accord.api..").and().haveSimpleNameEndingWith("ed")
                .and().areRecords()
                .should().beAnnotatedWith(Revision.class)
                .check(backend);
    }

    @Test
    void aggregates_are_not_public() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(backend);
    }

    @Test
    void event_sourcing_handlers_only_assign_state_and_never_apply_events() {
        noMethods()
                .that().areAnnotatedWith(EventSourcingHandler.class)
                .should(applyEvents())
                .check(backend);
    }

    @Test
    void no_cycles_between_feature_packages() {
        slices().matching("org.accord.core.(*)..").should().beFreeOfCycles().check(backend);
        slices().matching("org.accord.api.(*)..").should().beFreeOfCycles().check(backend);
    }

    static ArchCondition<JavaMethod> applyEvents() {
        return new ArchCondition<>("apply events") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().isEquivalentTo(AggregateLifecycle.class))
                        .filter(call -> call.getName().equals("apply"))
                        .forEach(call -> events.add(SimpleConditionEvent.satisfied(method, call.getDescription())));
            }
        };
    }
}
