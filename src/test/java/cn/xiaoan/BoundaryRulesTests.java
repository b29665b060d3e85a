package cn.xiaoan;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules about module surfaces that Spring Modulith's verification does not state on its
 * own.
 */
class BoundaryRulesTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.xiaoan");

	/**
	 * A page controller or REST class, or a type nested in one (not the stereotype
	 * annotations themselves, which advice classes name).
	 */
	private static final DescribedPredicate<JavaClass> WEB = new DescribedPredicate<>("web classes") {
		@Override
		public boolean test(JavaClass type) {
			JavaClass outer = type;
			while (outer.getEnclosingClass().isPresent()) {
				outer = outer.getEnclosingClass().get();
			}
			return outer.getPackageName().startsWith("cn.xiaoan") && outer.isMetaAnnotatedWith(Controller.class);
		}
	};

	private static final Pattern BULK = Pattern.compile("cn\\.xiaoan\\.([a-z]+)\\.bulk(\\..*)?");

	/**
	 * A module's {@code bulk} interface writes without scope checks: only {@code demo}
	 * (and the module itself) may use it.
	 */
	@Test
	void onlyDemoUsesBulkLoading() {
		Set<String> owners = new TreeSet<>();
		for (JavaClass type : MAIN) {
			Matcher bulk = BULK.matcher(type.getPackageName());
			if (bulk.matches()) {
				owners.add(bulk.group(1));
			}
		}
		assertThat(owners).contains("org", "people", "training", "security", "hazard", "education");
		for (String owner : owners) {
			noClasses().that()
				.resideOutsideOfPackages("cn.xiaoan.demo..", "cn.xiaoan." + owner + "..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("cn.xiaoan." + owner + ".bulk..")
				.because("bulk loading skips scope checks and is for demo data only")
				.check(MAIN);
		}
	}

	/**
	 * Controllers and REST classes ({@code *Controller}, {@code *Api}) sit on top: the
	 * module API, jobs and listeners never call into them.
	 */
	@Test
	void noWebClassIsUsedByANonWebClass() {
		noClasses().that(DescribedPredicate.not(WEB))
			.should()
			.dependOnClassesThat(WEB)
			.because("web classes adapt requests to the module API, not the other way round")
			.check(MAIN);
	}

	@Test
	void webClassesAreNamedControllerOrApi() {
		classes().that(WEB)
			.and()
			.areTopLevelClasses()
			.should()
			.haveSimpleNameEndingWith("Controller")
			.orShould()
			.haveSimpleNameEndingWith("Api")
			.check(MAIN);
	}

}
