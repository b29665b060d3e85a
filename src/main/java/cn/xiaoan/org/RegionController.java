package cn.xiaoan.org;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

import cn.xiaoan.org.RegionCommands.AddRegion;
import cn.xiaoan.org.RegionCommands.LoadResult;
import cn.xiaoan.org.RegionCommands.RenameRegion;
import cn.xiaoan.org.RegionCommands.RetireRegion;
import cn.xiaoan.org.RegionCommands.Retirement;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 行政区划 pages: browse the tree with school counts, search, add, rename, retire/merge,
 * load a province from the division table, import and export.
 */
@Controller
@RequestMapping("/regions")
class RegionController {

	private final RegionManagement regions;

	private final RegionTree tree;

	private final RegionSpreadsheet spreadsheet;

	private final OrgManagement org;

	private final java.time.Clock clock;

	RegionController(RegionManagement regions, RegionTree tree, RegionSpreadsheet spreadsheet, OrgManagement org,
			java.time.Clock clock) {
		this.clock = clock;
		this.org = org;
		this.regions = regions;
		this.tree = tree;
		this.spreadsheet = spreadsheet;
	}

	@GetMapping
	String browse(@RequestParam(required = false) String code, @RequestParam(defaultValue = "") String q, Model model) {
		DataScope scope = RegionRules.administrator().scope();
		model.addAttribute("q", q);
		model.addAttribute("canAddProvince", scope.kind() == DataScope.Kind.ALL);
		Map<String, String> provinces = new LinkedHashMap<>();
		if (canLoad(scope)) {
			regions.catalogue()
				.stream()
				.filter(p -> scope.coversRegion(p.code()))
				.forEach(p -> provinces.put(p.code(), p.name()));
		}
		model.addAttribute("provinces", provinces);
		if (!q.isBlank()) {
			model.addAttribute("nodes", tree.search(q));
		}
		else if (code == null || code.isBlank()) {
			model.addAttribute("nodes", tree.roots());
		}
		else {
			RegionNode node = tree.node(code);
			model.addAttribute("current", node.region());
			model.addAttribute("currentSchools", node.schools());
			model.addAttribute("path", tree.path(code));
			model.addAttribute("nodes", tree.children(code));
		}
		return "org/regions";
	}

	/** The system administrator loads any province, a province's bureau its own. */
	private static boolean canLoad(DataScope scope) {
		return scope.kind() == DataScope.Kind.ALL
				|| scope.regionPrefix().length() == 2 && RegionCode.isValid(scope.regionPrefix() + "0000");
	}

	@GetMapping("/{code}")
	String region(@PathVariable String code, Model model) {
		Region region = tree.visible(code);
		model.addAttribute("region", region);
		model.addAttribute("successorName",
				region.successorCode() == null ? null : tree.nameOf(region.successorCode()));
		model.addAttribute("path", tree.path(code));
		model.addAttribute("history", tree.history(code));
		model.addAttribute("moves", tree.movesOf(code));
		Map<String, String> successors = new LinkedHashMap<>();
		boolean belowCaller = RegionRules.administrator().scope().coversRegion(region.parentCode());
		if (region.parentCode() != null && !region.retired() && belowCaller) {
			Region parent = tree.visible(region.parentCode());
			successors.put(parent.code(), parent.name());
			tree.children(region.parentCode())
				.stream()
				.map(RegionNode::region)
				.filter(r -> !r.retired() && !r.code().equals(code))
				.forEach(r -> successors.put(r.code(), r.name()));
		}
		model.addAttribute("successors", successors);
		model.addAttribute("canChange", !region.retired() && (region.parentCode() == null || belowCaller));
		return "org/region";
	}

	@PostMapping
	String add(@Valid AddRegion region) {
		regions.add(region);
		return "redirect:/regions?code=" + (region.parentCode() == null ? "" : region.parentCode()) + "&added";
	}

	@PostMapping("/{code}/rename")
	String rename(@PathVariable String code, @Valid RenameRegion rename) {
		regions.rename(code, rename);
		return "redirect:/regions/" + code + "?saved";
	}

	@PostMapping("/{code}/retire")
	String retire(@PathVariable String code, @Valid RetireRegion retire, RedirectAttributes redirect) {
		Retirement done = regions.retire(code, retire);
		redirect.addFlashAttribute("retirement", done);
		return "redirect:/regions/" + code;
	}

	@PostMapping("/load")
	String load(@RequestParam String provinceCode, @RequestParam(defaultValue = "false") boolean townships,
			RedirectAttributes redirect) {
		LoadResult result = regions.loadProvince(provinceCode, townships);
		redirect.addFlashAttribute("loaded", result);
		return "redirect:/regions?code=" + provinceCode;
	}

	@GetMapping("/import")
	String importForm() {
		RegionRules.administrator();
		return "org/region-import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("result", spreadsheet.importRegions(file.getInputStream()));
		return "org/region-import";
	}

	@GetMapping("/import/template")
	void template(HttpServletResponse response) throws IOException {
		RegionRules.administrator();
		RegionSpreadsheet.download(response, DownloadName.of(org.callerUnitName(), "行政区划导入模板", clock, ".xlsx"));
		spreadsheet.template(response.getOutputStream());
	}

	@GetMapping("/export")
	void export(HttpServletResponse response, Locale locale) throws IOException {
		RegionRules.administrator();
		RegionSpreadsheet.download(response, DownloadName.of(org.callerUnitName(), "行政区划", clock, ".xlsx"));
		spreadsheet.export(response.getOutputStream(), locale);
	}

}
