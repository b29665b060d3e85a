package cn.xiaoan.people;

import java.io.IOException;
import java.util.List;

import cn.xiaoan.shared.Role;
import jakarta.validation.Valid;

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

/**
 * REST API of account administration and staff transfers; the same rules as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class AccountApi {

	private final AccountManagement accounts;

	private final AccountAdministration administration;

	private final AccountImport accountImport;

	private final StaffTransfers transfers;

	AccountApi(AccountManagement accounts, AccountAdministration administration, AccountImport accountImport,
			StaffTransfers transfers) {
		this.accounts = accounts;
		this.administration = administration;
		this.accountImport = accountImport;
		this.transfers = transfers;
	}

	@GetMapping("/accounts")
	List<AccountView> accounts(@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Role role) {
		return accounts.accounts(text, role);
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	AccountView create(@Valid @RequestBody CreateAccount command) {
		return administration.create(command);
	}

	@PutMapping("/accounts/{id}")
	AccountView change(@PathVariable long id, @Valid @RequestBody ChangeAccount command) {
		return administration.change(id, command);
	}

	@PostMapping("/accounts/{id}/disable")
	AccountView disable(@PathVariable long id) {
		return administration.disable(id);
	}

	@PostMapping("/accounts/{id}/enable")
	AccountView enable(@PathVariable long id) {
		return administration.enable(id);
	}

	@PostMapping("/accounts/{id}/unlock")
	AccountView unlock(@PathVariable long id) {
		accounts.unlock(id);
		return administration.view(id);
	}

	record Reset(String password) {
	}

	@PostMapping("/accounts/{id}/reset")
	AccountView reset(@PathVariable long id, @RequestBody Reset reset) {
		accounts.resetPassword(id, reset.password());
		return administration.view(id);
	}

	/**
	 * All rows or none: 201 with the generated passwords (answered this once), or 400
	 * with the problems by row and column.
	 */
	@PostMapping("/accounts/imports")
	ResponseEntity<AccountImport.Result> importAccounts(@RequestParam("file") MultipartFile file) throws IOException {
		AccountImport.Result result = accountImport.importAccounts(file.getInputStream());
		return ResponseEntity.status(result.ok() ? HttpStatus.CREATED : HttpStatus.BAD_REQUEST).body(result);
	}

	@PostMapping("/staff/{id}/transfer")
	StaffTransfers.Transfer transfer(@PathVariable long id, @Valid @RequestBody TransferStaff command) {
		return transfers.transfer(id, command);
	}

	@GetMapping("/staff/{id}/transfers")
	List<StaffTransfers.Transfer> transfers(@PathVariable long id) {
		return transfers.history(id);
	}

}
