package org.casework.api.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.casework.domain.ClientEvent;
import org.casework.domain.FamilyEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of DESIGN.md "Architecture". */
@AnalyzeClasses(packages = "org.casework", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideDoesNotDependOnQuerySide = noClasses()
            .that().resideInAPackage("org.casework.command..")
            .should().dependOnClassesThat().resideInAPackage("org.casework.query..");

    @ArchTest
    static final ArchRule querySideDoesNotDependOnCommandSide = noClasses()
            .that().resideInAPackage("org.casework.query..")
            .should().dependOnClassesThat().resideInAPackage("org.casework.command..");

    @ArchTest
    static final ArchRule domainEventsArePlainJava = noClasses()
            .that().resideInAPackage("org.casework.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casework.command..", "org.casework.query..",
                    "org.casework.api..", "org.springframework..", "jakarta..", "com.fasterxml..");

    @ArchTest
    static final ArchRule onlyTheGatewayKnowsTheGateway = noClasses()
            .that().resideOutsideOfPackage("org.casework.api..")
            .should().dependOnClassesThat().resideInAPackage("org.casework.api..");

    /** The pages reach the service through the API alone (ApiBridge), so no rule of it has a second copy there. */
    @ArchTest
    static final ArchRule pagesKnowOnlyTheApi = noClasses()
            .that().resideInAPackage("org.casework.api.page..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casework.command..", "org.casework.query..",
                    "org.casework.domain..", "org.axonframework..", "org.springframework.jdbc..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule clientAndFamilyEventsAreImmutableRecords = classes()
            .that().implement(ClientEvent.class).or().implement(FamilyEvent.class)
            .should(new ArchCondition<JavaClass>("be records") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    boolean record = javaClass.reflect().isRecord();
                    events.add(new SimpleConditionEvent(javaClass, record, javaClass.getName() + " is "
                            + (record ? "" : "not ") + "a record"));
                }
            });
}
