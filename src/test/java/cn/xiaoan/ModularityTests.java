package cn.xiaoan;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.Options;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(XiaoanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The module diagram the README shows ({@code docs/modules/components.puml}, plain
	 * UML so any PlantUML renders it) and one diagram and canvas per module under
	 * {@code target/spring-modulith-docs}.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Options.defaults().withOutputFolder("docs/modules").withoutClean())
			.writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));
		new Documenter(modules).writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
