package cn.xiaoan.liaison;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the county's register of police stations: the same module calls as the
 * pages.
 */
@RestController
@RequestMapping("/api/v1/liaison/stations")
class StationApi {

	private final StationManagement stations;

	StationApi(StationManagement stations) {
		this.stations = stations;
	}

	@GetMapping
	List<StationView> list() {
		return stations.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	StationView create(@Valid @RequestBody SaveStation command) {
		return stations.create(command);
	}

	@GetMapping("/{id}")
	StationView station(@PathVariable long id) {
		return stations.station(id);
	}

	@PutMapping("/{id}")
	StationView update(@PathVariable long id, @Valid @RequestBody SaveStation command) {
		return stations.update(id, command);
	}

}
