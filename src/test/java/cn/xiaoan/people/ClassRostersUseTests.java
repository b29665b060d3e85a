package cn.xiaoan.people;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * {@link ClassRosters} answers without a scope check, for modules that checked the school
 * in their own API (ADR 0076, 0082): no controller uses it.
 */
class ClassRostersUseTests {

	@Test
	void noControllerReadsARosterWithoutAScopeCheck() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.xiaoan");
		noClasses().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(ClassRosters.class)
			.because("rosters are read after the calling module's API has checked the school")
			.check(main);
	}

}
