package org.smavs.server;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.HashMap;
import java.util.Map;

/**
 * The layers of HOUSE_STYLE.md ("The server's layers"), held by the build:
 * ServerMain → ServerApp + wiring → http → controllers → services and the check-in recorder → policies, the
 * face engine, repositories and entities. Each rule says what it protects.
 */
@AnalyzeClasses(packages = "org.smavs.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String SERVER = "org.smavs.server";

    /** Decisions stay testable without a server: a policy needs nothing but the JDK and the API model. */
    @ArchTest
    static final ArchRule policiesDependOnlyOnTheJdkAndTheModel = classes()
            .that().haveSimpleNameEndingWith("Policy")
            .should(new PurityCondition())
            .because("policies are pure rules: directly and transitively only java.* and org.smavs.model");

    /** HTTP belongs to the edge: controllers, the HTTP package, the controller toolkit, the live socket, the root. */
    @ArchTest
    static final ArchRule javalinOnlyAtTheEdge = noClasses()
            .that().haveSimpleNameNotEndingWith("Controller")
            .and().resideOutsideOfPackages(SERVER + ".http..", SERVER + ".web..")
            .and().doNotBelongToAnyOf(org.smavs.server.live.LiveSocket.class)
            .and().doNotHaveFullyQualifiedName(SERVER + ".ServerApp")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    /** Persistence is the services' business: a controller or a policy never touches Hibernate or JPA. */
    @ArchTest
    static final ArchRule noPersistenceInControllersOrPolicies = noClasses()
            .that().haveSimpleNameEndingWith("Controller").or().haveSimpleNameEndingWith("Policy")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..");

    /** Entities never reach the HTTP layer: controllers and http classes only see model records. */
    @ArchTest
    static final ArchRule noEntitiesAtTheEdge = noClasses()
            .that().haveSimpleNameEndingWith("Controller").or().resideInAPackage(SERVER + ".http..")
            .or().resideInAPackage(SERVER + ".web..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class);

    /** The server never depends on JavaFX (the apps do). */
    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAPackage("javafx..");

    /** The route table and pipeline sit above the features: no feature imports them. */
    @ArchTest
    static final ArchRule featuresNeverImportTheHttpPackage = noClasses()
            .that().resideOutsideOfPackages(SERVER + ".http..", SERVER + ".wiring..")
            .and().doNotHaveFullyQualifiedName(SERVER + ".ServerApp")
            .should().dependOnClassesThat().resideInAPackage(SERVER + ".http..");

    /** Nothing imports the composition root or its wiring factories. */
    @ArchTest
    static final ArchRule nothingImportsTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage(SERVER + ".wiring..")
            .and().doNotHaveFullyQualifiedName(SERVER + ".ServerApp")
            .and().doNotHaveFullyQualifiedName(SERVER + ".ServerMain")
            .should().dependOnClassesThat().resideInAPackage(SERVER + ".wiring..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(SERVER + ".ServerApp");

    /** A service never calls a controller: requests flow down only. */
    @ArchTest
    static final ArchRule onlyTheRouteTableKnowsControllers = noClasses()
            .that().haveSimpleNameNotEndingWith("Controller")
            .and().resideOutsideOfPackages(SERVER + ".http..", SERVER + ".wiring..")
            .and().doNotHaveFullyQualifiedName(SERVER + ".ServerApp")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Controller");

    /** The face engine is pure computation: no HTTP, no database, no other feature. */
    @ArchTest
    static final ArchRule theFaceEngineKnowsNoHttpOrDatabase = noClasses()
            .that().resideInAPackage(SERVER + ".face..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.hibernate..", "jakarta.persistence..",
                    "java.sql..", SERVER + ".persistence..", SERVER + ".http..", SERVER + ".web..",
                    SERVER + ".attendance..", SERVER + ".biometrics..");

    /** Features form a directed graph, so each can be understood (and changed) from the bottom up. */
    @ArchTest
    static final ArchRule featureSlicesAreFreeOfCycles = slices()
            .matching(SERVER + ".(*)..").should().beFreeOfCycles();

    /**
     * A class is pure when everything it depends on is in java.* or org.smavs.model, or is a server class that
     * is itself pure (an optimistic assumption breaks the recursion of classes that refer to each other).
     */
    private static final class PurityCondition extends com.tngtech.archunit.lang.ArchCondition<JavaClass> {
        private final Map<String, Boolean> known = new HashMap<>();

        PurityCondition() {
            super("depend only on java.* and org.smavs.model, directly and transitively");
        }

        @Override
        public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
            for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!isPure(target)) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(dependency,
                            dependency.getDescription() + " (not java.*, org.smavs.model or a pure class)"));
                }
            }
        }

        private boolean isPure(JavaClass type) {
            JavaClass base = type.getBaseComponentType();
            if (JDK_OR_MODEL.test(base) || base.isPrimitive()) {
                return true;
            }
            if (!base.getPackageName().startsWith(SERVER)) {
                return false; // a library (Hibernate, Javalin, ...): not imported here, so never called pure
            }
            Boolean cached = known.get(base.getName());
            if (cached != null) {
                return cached;
            }
            known.put(base.getName(), true);
            boolean pure = !base.isAnnotatedWith(Entity.class) && base.getDirectDependenciesFromSelf().stream()
                    .map(Dependency::getTargetClass).allMatch(this::isPure);
            known.put(base.getName(), pure);
            return pure;
        }

        private static final DescribedPredicate<JavaClass> JDK_OR_MODEL = resideInAnyPackage("java..", "org.smavs.model..");
    }
}
