package cn.xiaoan.org;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.RegionCommands.AddRegion;
import cn.xiaoan.org.RegionCommands.LoadResult;
import cn.xiaoan.org.RegionCommands.RenameRegion;
import cn.xiaoan.org.RegionCommands.RetireRegion;
import cn.xiaoan.org.RegionCommands.Retirement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of region administration; the same rules as the /regions page. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

	private final RegionManagement regions;

	private final RegionTree tree;

	private final RegionSpreadsheet spreadsheet;

	private final MessageSource messages;

	private final OrgManagement org;

	private final java.time.Clock clock;

	RegionApi(RegionManagement regions, RegionTree tree, RegionSpreadsheet spreadsheet, MessageSource messages,
			OrgManagement org, java.time.Clock clock) {
		this.clock = clock;
		this.org = org;
		this.regions = regions;
		this.tree = tree;
		this.spreadsheet = spreadsheet;
		this.messages = messages;
	}

	record ProvinceEntry(String code, String name) {
	}

	record LoadOptions(boolean townships) {
	}

	record History(List<RegionChange> changes, List<SchoolMove> schoolMoves) {
	}

	@GetMapping("/catalogue")
	List<ProvinceEntry> catalogue() {
		return regions.catalogue().stream().map(r -> new ProvinceEntry(r.code(), r.name())).toList();
	}

	@PostMapping("/catalogue/{provinceCode}/load")
	LoadResult load(@PathVariable String provinceCode, @RequestBody(required = false) LoadOptions options) {
		return regions.loadProvince(provinceCode, options != null && options.townships());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Region add(@Valid @RequestBody AddRegion region) {
		return regions.add(region);
	}

	@PutMapping("/{code}")
	Region rename(@PathVariable String code, @Valid @RequestBody RenameRegion rename) {
		return regions.rename(code, rename);
	}

	@PostMapping("/{code}/retire")
	Retirement retire(@PathVariable String code, @Valid @RequestBody RetireRegion retire) {
		return regions.retire(code, retire);
	}

	@GetMapping("/{code}/children")
	List<RegionNode> children(@PathVariable String code) {
		return tree.children(code);
	}

	@GetMapping("/{code}/history")
	History history(@PathVariable String code) {
		return new History(tree.history(code), tree.movesOf(code));
	}

	@PostMapping("/imports")
	ResponseEntity<Object> importRegions(@RequestParam("file") MultipartFile file) throws IOException {
		RegionSpreadsheet.Result result = spreadsheet.importRegions(file.getInputStream());
		return ImportReport.answer(result.problems(), Map.of("imported", result.added() + result.renamed(), "added",
				result.added(), "renamed", result.renamed(), "unchanged", result.unchanged()), messages);
	}

	@GetMapping("/import/template")
	void template(HttpServletResponse response) throws IOException {
		RegionRules.administrator();
		RegionSpreadsheet.download(response, DownloadName.of(org.callerUnitName(), "行政区划导入模板", clock, ".xlsx"));
		spreadsheet.template(response.getOutputStream());
	}

	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		RegionRules.administrator();
		RegionSpreadsheet.download(response, DownloadName.of(org.callerUnitName(), "行政区划", clock, ".xlsx"));
		spreadsheet.export(response.getOutputStream(), LocaleContextHolder.getLocale());
	}

}
