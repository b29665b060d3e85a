package cn.xiaoan.training;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.DownloadName;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A student's certificates as 我的信息 shows them (the page loads this list into itself), and
 * each one as a PDF: for the student, a guardian, or staff who may see the student.
 */
@Controller
class StudentCertificateController {

	private final TrainingManagement training;

	private final Certificates certificates;

	private final MessageSource messages;

	private final Clock clock;

	StudentCertificateController(TrainingManagement training, Certificates certificates, MessageSource messages,
			Clock clock) {
		this.clock = clock;
		this.training = training;
		this.certificates = certificates;
		this.messages = messages;
	}

	@GetMapping("/training/students/{id}/certificates")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("studentId", id);
		model.addAttribute("certificates", training.certificatesOf(id));
		return "training/certificates :: list";
	}

	@GetMapping("/training/students/{id}/certificates/{number}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String number) {
		Certificate certificate = training.certificateOf(id, number);
		Locale locale = LocaleContextHolder.getLocale();
		DownloadName name = DownloadName.of(certificate.schoolName(),
				messages.getMessage("training.certificate.title", null, locale) + "-" + certificate.courseTitle(),
				clock, ".pdf");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, name.attachment())
			.body(certificates.render(List.of(certificate), locale));
	}

}
