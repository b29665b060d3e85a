package cn.xiaoan.warning;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 县级工作要求 from the warning page: a bureau the warning passes adds its instructions (with
 * an optional attachment) for its schools.
 */
@Controller
class WarningInstructionController {

	private final WarningInstructions instructions;

	WarningInstructionController(WarningInstructions instructions) {
		this.instructions = instructions;
	}

	/**
	 * Not {@code @Valid}: the API checks scope before the text, so another tenant's
	 * warning is "not found" whatever the form holds.
	 */
	@PostMapping("/warnings/{id}/instructions")
	String add(@PathVariable long id, AddInstruction command, @RequestParam(required = false) MultipartFile attachment,
			RedirectAttributes redirect) throws IOException {
		boolean attached = attachment != null && !attachment.isEmpty();
		instructions.add(id, command, attached ? attachment.getBytes() : null,
				attached ? attachment.getOriginalFilename() : null);
		redirect.addFlashAttribute("message", "warning.instruction.added");
		return "redirect:/warnings/" + id;
	}

}
