package cn.xiaoan.waters;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the key waters and their patrols. A patrol is sent as a multipart form (its
 * fields and up to four photos) with the phone's {@code clientId}: the first arrival
 * answers 201, a resend 200 with the same record.
 */
@RestController
@RequestMapping("/api/v1/waters")
class WatersApi {

	private final WatersManagement waters;

	private final PatrolManagement patrols;

	WatersApi(WatersManagement waters, PatrolManagement patrols) {
		this.waters = waters;
		this.patrols = patrols;
	}

	@GetMapping
	List<WaterSummary> list() {
		return waters.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WaterSummary register(@Valid @RequestBody RegisterWater command) {
		return waters.register(command);
	}

	@GetMapping("/{id}")
	WaterDetail detail(@PathVariable long id) {
		return waters.detail(id);
	}

	@PutMapping("/{id}")
	WaterSummary update(@PathVariable long id, @Valid @RequestBody RegisterWater command) {
		return waters.update(id, command);
	}

	@GetMapping("/patrols")
	List<Patrol> patrols(@RequestParam(defaultValue = "200") int limit) {
		return patrols.patrols(limit);
	}

	@PostMapping("/patrols")
	ResponseEntity<Patrol> record(@Valid @ModelAttribute RecordPatrol command,
			@RequestParam(name = "photo", required = false) List<MultipartFile> photos) throws IOException {
		PatrolManagement.Received received = patrols.record(command, PatrolController.photos(photos));
		return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK).body(received.patrol());
	}

	@GetMapping("/findings")
	List<FindingTask> findings() {
		return patrols.openFindings();
	}

}
