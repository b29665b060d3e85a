package cn.xiaoan.org;

import java.util.Collection;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The class look-ups without a scope check that modules use for their pages (ADR 0080,
 * 0082) are not called from a controller: a module checks the school first, in its API.
 */
class UncheckedClassLookupsTests {

	@Test
	void noControllerLooksUpClassesWithoutAScopeCheck() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.xiaoan");
		noClasses().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.callMethod(SchoolStructure.class, "classPlaces", Collection.class)
			.orShould()
			.callMethod(SchoolStructure.class, "classPlacesOf", long.class)
			.orShould()
			.callMethod(SchoolStructure.class, "stagesOf", Collection.class)
			.because("these look-ups skip the scope check the calling module's API makes")
			.check(main);
	}

}
