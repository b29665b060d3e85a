package cn.xiaoan.people;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Permission;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The transfer form of a staff member with their history, and a school's transfers. */
@Controller
class StaffTransferController {

	private final StaffTransfers transfers;

	private final OrgManagement org;

	StaffTransferController(StaffTransfers transfers, OrgManagement org) {
		this.transfers = transfers;
		this.org = org;
	}

	@GetMapping("/staff/{id}/transfer")
	String form(@PathVariable long id, Model model) {
		CurrentUser caller = Callers.current();
		model.addAttribute("staffId", id);
		model.addAttribute("history", transfers.history(id));
		model.addAttribute("staff", transfers.staffName(id));
		Map<Long, String> schools = new LinkedHashMap<>();
		if (!caller.atOneSchool()) {
			org.searchSchools(new SchoolQuery("", null, null, 0, 200, "code"))
				.items()
				.forEach(s -> schools.put(s.id(), s.name()));
		}
		model.addAttribute("schools", schools);
		model.addAttribute("canTransfer", caller.can(Permission.PEOPLE_EDIT) && caller.can(Permission.ACCOUNT_ADMIN));
		return "people/staff-transfer";
	}

	@PostMapping("/staff/{id}/transfer")
	String transfer(@PathVariable long id, @Valid TransferStaff command, RedirectAttributes redirect) {
		transfers.transfer(id, command);
		redirect.addFlashAttribute("message", "staff.transfer.done");
		return "redirect:/staff/" + id + "/transfer";
	}

	/** Moves into and out of a school, loaded into the staff page. */
	@GetMapping("/schools/{id}/staff/transfers")
	String ofSchool(@PathVariable long id, Model model) {
		model.addAttribute("history", transfers.ofSchool(id));
		return "people/staff-transfer :: history";
	}

}
