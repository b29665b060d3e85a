package cn.xiaoan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

class ModularityTests {

	private static final Path COMMITTED = Path.of("docs/modules/components.puml");

	private final ApplicationModules modules = ApplicationModules.of(XiaoanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * One diagram and canvas per module under {@code target/spring-modulith-docs}, and
	 * the overview the README shows ({@code docs/modules/components.puml}, plain UML so
	 * any PlantUML renders it). The overview is replaced only when its content changed:
	 * the documenter writes the same diagram in a different line order from run to run.
	 */
	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules).writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML))
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Path written = Path.of("target/spring-modulith-docs/components.puml");
		if (!Files.exists(COMMITTED) || !sortedLines(COMMITTED).equals(sortedLines(written))) {
			Files.createDirectories(COMMITTED.getParent());
			Files.copy(written, COMMITTED, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(String::strip).sorted().toList();
	}

}
