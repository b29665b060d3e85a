package cn.xiaoan.duty;

import java.io.IOException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "我的安全职责" on a phone: my posts, duties, procedures and grid areas, signing with a drawn
 * signature, the signed list as a PDF, and the emergency cards one tap away.
 */
@Controller
class DutyController {

	private final DutyManagement duty;

	private final DutyListPdf pdf;

	DutyController(DutyManagement duty, DutyListPdf pdf) {
		this.duty = duty;
		this.pdf = pdf;
	}

	@GetMapping("/duty/my")
	String mine(Model model) {
		model.addAttribute("my", duty.mine());
		return "duty/my";
	}

	/**
	 * The drawn signature arrives as a PNG file part; a refused one goes back to the page
	 * with its message (platform's page error handler).
	 */
	@PostMapping("/duty/my/signature")
	String sign(@RequestParam(required = false) MultipartFile signature,
			@RequestParam(defaultValue = "") String version) throws IOException {
		duty.sign(signature == null ? null : signature.getBytes(), version);
		return "redirect:/duty/my?signed";
	}

	@GetMapping("/duty/my/signature.png")
	ResponseEntity<byte[]> mySignature() {
		byte[] png = duty.mySignature().orElseThrow(() -> new cn.xiaoan.shared.NotFound("signature", "mine"));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(png);
	}

	@GetMapping("/duty/my/list.pdf")
	ResponseEntity<byte[]> myListPdf() {
		return pdf.download();
	}

	@GetMapping("/duty/emergency/{code}")
	String emergency(@PathVariable String code, Model model) {
		model.addAttribute("card", duty.emergencyCard(code));
		return "duty/emergency";
	}

}
