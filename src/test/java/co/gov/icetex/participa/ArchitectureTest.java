package co.gov.icetex.participa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the features may depend on each other. A feature is a package directly under {@code
 * co.gov.icetex.participa} with everything below it ({@code co.gov.icetex.participa.(*)..}); {@code
 * shared} and {@code demo} are packages of that shape with rules of their own. Only production code
 * is checked; tests may reach anything.
 *
 * <ol>
 *   <li><b>No cycles.</b> The features form a one-way graph: if a class of feature A uses feature
 *       B, no class of B uses A, directly or through other features.
 *   <li><b>{@code shared} depends on no feature.</b> It is the library every feature may use.
 *   <li><b>Nothing depends on {@code demo}.</b> {@code demo} seeds the demonstration data and may
 *       use every feature.
 *   <li><b>A feature's {@code domain} package is private except for its published types.</b> A
 *       class of feature A may use a type of {@code B.domain} (B not A, A not {@code demo}) only if
 *       that type (or the type enclosing it) is in {@link #PUBLISHED} for B. Everything else in
 *       {@code B.domain} is reached through B's {@code application} classes, which also own every
 *       query over B's tables: another feature asks B's service, it does not read B's entities it
 *       was not given. The published types of each feature are repeated in its {@code domain}
 *       package-info.
 *   <li><b>Every package says what it owns.</b> Each package under {@code
 *       src/main/java/co/gov/icetex/participa} has a {@code package-info.java}.
 * </ol>
 *
 * On the code before this test existed it failed on four cycles: answer-moderation (answers used
 * moderation's {@code StaffChoices}, moderation's review page answer's services), observation-staff
 * and consultation-staff-observation (the staff dashboard used observation's {@code
 * IntakeStatistics}, while {@code Observation} maps staff's {@code Office}), and
 * opendata-statistics (paging lived in opendata, statistics used its {@code Filters}); and on 17
 * uses of unpublished domain types: moderation read {@code StaffAccount} rows itself for the
 * deadline reminders, its review page held {@code AnswerTemplate} entities, and its attachment
 * download used {@code ObservationAttachment} (now published, as part of the observation it is
 * reached through).
 */
class ArchitectureTest {

  private static final String ROOT = "co.gov.icetex.participa";

  /**
   * The domain types a feature lets other features use: the aggregates others refer to and the
   * values (enums, codes) that travel with them.
   */
  static final Map<String, Set<String>> PUBLISHED =
      Map.of(
          "consultation",
              Set.of(
                  "Consultation",
                  "ConsultationPart",
                  "ConsultationPhase",
                  "ConsultationType",
                  "CommentWindow",
                  "EditorialState",
                  "PartField",
                  "PartFieldsConverter",
                  "PartKind"),
          "observation",
              Set.of(
                  "Observation",
                  "ObservationAttachment",
                  "ObservationStatus",
                  "ObservationSubmission",
                  "TrackingCode",
                  "Channel",
                  "Department",
                  "StakeholderGroup",
                  "Triage",
                  "PetitionKind"),
          "answer", Set.of("Answer", "AnswerStatus", "AnswerOutcome"),
          "staff", Set.of("Office", "Role", "PasswordToken"),
          "hearing",
              Set.of(
                  "Hearing",
                  "HearingRegistration",
                  "AttendanceMode",
                  "MaterialKind",
                  "Memoria",
                  "RegistrationRequest",
                  "SurveyAnswer",
                  "SurveyResponse"));

  private static final Pattern DOMAIN_TYPE =
      Pattern.compile(Pattern.quote(ROOT) + "\\.([a-z]+)\\.domain\\.([A-Za-z0-9]+)(\\$.*)?");

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);
  }

  @Test
  void featuresDependOneWay() {
    slices()
        .matching(ROOT + ".(*)..")
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .check(production);
  }

  @Test
  void sharedDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".shared..")
        .should()
        .dependOnClassesThat(aFeatureOtherThan("shared"))
        .check(production);
  }

  @Test
  void nothingDependsOnDemo() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".demo..")
        .check(production);
  }

  @Test
  void featuresUseOnlyThePublishedDomainTypesOfOthers() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".demo..")
            .should(
                new ArchCondition<JavaClass>("use unpublished domain types of another feature") {
                  @Override
                  public void check(JavaClass origin, ConditionEvents events) {
                    String own = featureOf(origin.getName());
                    origin
                        .getDirectDependenciesFromSelf()
                        .forEach(
                            d -> {
                              Matcher m = DOMAIN_TYPE.matcher(d.getTargetClass().getName());
                              if (m.matches()
                                  && !m.group(1).equals(own)
                                  && !PUBLISHED
                                      .getOrDefault(m.group(1), Set.of())
                                      .contains(m.group(2))) {
                                events.add(
                                    SimpleConditionEvent.satisfied(origin, d.getDescription()));
                              }
                            });
                  }
                });
    rule.check(production);
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path root = Path.of("src/main/java", ROOT.split("\\."));
    try (var dirs = Files.walk(root)) {
      List<Path> without =
          dirs.filter(Files::isDirectory)
              .filter(d -> !d.equals(root))
              .filter(d -> !Files.exists(d.resolve("package-info.java")))
              .toList();
      assertEquals(List.of(), without, "packages without a package-info.java");
    }
  }

  private static DescribedPredicate<JavaClass> aFeatureOtherThan(String feature) {
    return DescribedPredicate.describe(
        "a feature other than " + feature,
        c -> {
          String other = featureOf(c.getName());
          return other != null && !other.equals(feature);
        });
  }

  /** The feature a class belongs to, or null outside the portal or directly in its root package. */
  static String featureOf(String className) {
    if (!className.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = className.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? null : rest.substring(0, dot);
  }
}
