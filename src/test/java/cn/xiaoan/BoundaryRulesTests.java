package cn.xiaoan;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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
		assertThat(owners).contains("org", "people", "training", "security");
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

}
