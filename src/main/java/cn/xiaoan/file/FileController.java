package cn.xiaoan.file;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves a stored file to a reader in scope (private caching only). */
@Controller
class FileController {

	private final Files files;

	FileController(Files files) {
		this.files = files;
	}

	/**
	 * Streams the file; range requests (video seeking on a phone) are answered with 206.
	 */
	@GetMapping("/files/{id}")
	ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable UUID id) {
		Files.Stream stream = files.open(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stream.file().contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(stream.resource());
	}

}
