package cn.xiaoan.schoolbus;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.xiaoan.shared.NotFound;

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
 * REST API of the school buses: the ledger (vehicles, drivers, escorts, routes), the
 * escort's runs with their boarding and alighting checks, and the permits with each
 * party's step. The same rules as the pages: a school registers its own, another tenant's
 * id is "not found", a partner answers only for its own department.
 */
@RestController
@RequestMapping("/api/v1/school-buses")
class SchoolBusApi {

	private final Fleet fleet;

	private final Renewals renewals;

	private final Routes routes;

	private final Runs runs;

	private final Permits permits;

	SchoolBusApi(Fleet fleet, Renewals renewals, Routes routes, Runs runs, Permits permits) {
		this.fleet = fleet;
		this.renewals = renewals;
		this.routes = routes;
		this.runs = runs;
		this.permits = permits;
	}

	/** The whole ledger of the caller's scope in one answer. */
	record Ledger(List<VehicleRow> vehicles, List<DriverRow> drivers, List<EscortRow> escorts, List<RouteRow> routes) {
	}

	record NameEscort(@NotNull Long schoolId, @NotNull Long staffId) {
	}

	record AssignDriver(@NotNull Long driverId) {
	}

	record AssignEscort(@NotNull Long escortId) {
	}

	record Students(@Size(max = 100) List<@NotNull Long> studentIds) {
	}

	record Apply(@NotNull Long vehicleId, @NotBlank @Size(max = 100) String applicant) {
	}

	record Step(@NotNull Boolean agrees, @Size(max = 500) String note) {
	}

	@GetMapping("/ledger")
	Ledger ledger() {
		return new Ledger(fleet.vehicles(), fleet.drivers(), fleet.escorts(), routes.routes());
	}

	@GetMapping("/vehicles")
	List<VehicleRow> vehicles() {
		return fleet.vehicles();
	}

	@GetMapping("/vehicles/{id}")
	VehicleRow vehicle(@PathVariable long id) {
		return fleet.vehicle(id);
	}

	@PostMapping("/vehicles")
	@ResponseStatus(HttpStatus.CREATED)
	VehicleRow registerVehicle(@Valid @RequestBody RegisterVehicle command) {
		return fleet.vehicle(fleet.registerVehicle(command));
	}

	@PutMapping("/vehicles/{id}")
	VehicleRow updateVehicle(@PathVariable long id, @Valid @RequestBody RegisterVehicle command) {
		renewals.updateVehicle(id, command);
		return fleet.vehicle(id);
	}

	@GetMapping("/drivers")
	List<DriverRow> drivers() {
		return fleet.drivers();
	}

	@GetMapping("/drivers/{id}")
	DriverRow driver(@PathVariable long id) {
		return fleet.driver(id);
	}

	@PostMapping("/drivers")
	@ResponseStatus(HttpStatus.CREATED)
	DriverRow registerDriver(@Valid @RequestBody RegisterDriver command) {
		return fleet.driver(fleet.registerDriver(command));
	}

	@PutMapping("/drivers/{id}")
	DriverRow reviewDriver(@PathVariable long id, @Valid @RequestBody RegisterDriver command) {
		renewals.reviewDriver(id, command);
		return fleet.driver(id);
	}

	@GetMapping("/escorts")
	List<EscortRow> escorts() {
		return fleet.escorts();
	}

	@PostMapping("/escorts")
	@ResponseStatus(HttpStatus.CREATED)
	EscortRow nameEscort(@Valid @RequestBody NameEscort command) {
		long id = fleet.nameEscort(command.schoolId(), command.staffId());
		return fleet.escorts()
			.stream()
			.filter(e -> e.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("escort", id));
	}

	@GetMapping("/routes")
	List<RouteRow> routes() {
		return routes.routes();
	}

	@GetMapping("/routes/{id}")
	RouteRow route(@PathVariable long id) {
		return routes.route(id);
	}

	@GetMapping("/routes/{id}/riders")
	List<Rider> riders(@PathVariable long id) {
		return routes.riders(id);
	}

	@PostMapping("/routes")
	@ResponseStatus(HttpStatus.CREATED)
	RouteRow planRoute(@Valid @RequestBody PlanRoute command) {
		return routes.route(routes.plan(command));
	}

	@PostMapping("/routes/{id}/driver")
	RouteRow assignDriver(@PathVariable long id, @Valid @RequestBody AssignDriver command) {
		routes.assignDriver(id, command.driverId());
		return routes.route(id);
	}

	@PostMapping("/routes/{id}/escort")
	RouteRow assignEscort(@PathVariable long id, @Valid @RequestBody AssignEscort command) {
		routes.assignEscort(id, command.escortId());
		return routes.route(id);
	}

	@PostMapping("/routes/{id}/runs")
	@ResponseStatus(HttpStatus.CREATED)
	RunView start(@PathVariable long id) {
		return runs.run(runs.start(id));
	}

	@GetMapping("/runs/{id}")
	RunView run(@PathVariable long id) {
		return runs.run(id);
	}

	@PostMapping("/runs/{id}/board")
	RunView board(@PathVariable long id, @Valid @RequestBody Students command) {
		runs.board(id, command.studentIds());
		return runs.run(id);
	}

	@PostMapping("/runs/{id}/alight")
	RunView alight(@PathVariable long id, @Valid @RequestBody Students command) {
		runs.alight(id, command.studentIds());
		return runs.run(id);
	}

	@GetMapping("/permits")
	List<PermitView> permits() {
		return permits.permits();
	}

	@GetMapping("/permits/{id}")
	PermitView permit(@PathVariable long id) {
		return permits.permit(id);
	}

	@PostMapping("/permits")
	@ResponseStatus(HttpStatus.CREATED)
	PermitView apply(@Valid @RequestBody Apply command) {
		return permits.permit(permits.apply(command.vehicleId(), command.applicant()));
	}

	@PostMapping("/permits/{id}/forward")
	PermitView forward(@PathVariable long id) {
		permits.forward(id);
		return permits.permit(id);
	}

	@PostMapping("/permits/{id}/answer")
	PermitView answer(@PathVariable long id, @Valid @RequestBody Step command) {
		permits.answer(id, command.agrees(), command.note());
		return permits.permit(id);
	}

	@PostMapping("/permits/{id}/opine")
	PermitView opine(@PathVariable long id, @Valid @RequestBody Step command) {
		permits.opine(id, command.agrees(), command.note());
		return permits.permit(id);
	}

	@PostMapping("/permits/{id}/decide")
	PermitView decide(@PathVariable long id, @Valid @RequestBody Step command) {
		permits.decide(id, command.agrees(), command.note());
		return permits.permit(id);
	}

}
