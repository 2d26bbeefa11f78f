package org.smavs.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app's layering, checked on every build: view models hold state as JavaFX properties and never touch
 * scene-graph or stage classes (so they are tested without a screen); views draw and forward, never talk to the
 * server themselves; the app's packages form no cycles.
 */
@AnalyzeClasses(packages = "org.smavs.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    /** View models are plain state and logic: properties yes, nodes and windows no. */
    @ArchTest
    static final ArchRule viewModelsUseOnlyProperties = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    /** Views never call the server: the view model (through the app's backend seam) does. */
    @ArchTest
    static final ArchRule viewsDoNotTalkToTheServer = noClasses()
            .that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Screen")
            .should().dependOnClassesThat().resideInAnyPackage("org.smavs.client..", "java.net.http..");

    /**
     * The screens' packages depend on each other in one direction only. {@code shell} is exempt as a source:
     * it is the composition root (it builds every screen) and the small UI kit they share.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.smavs.kiosk.(*)..").should().beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("org.smavs.kiosk.shell.."), DescribedPredicate.alwaysTrue())
            .ignoreDependency(JavaClass.Predicates.resideOutsideOfPackage("org.smavs.kiosk.*.."), DescribedPredicate.alwaysTrue());
}
