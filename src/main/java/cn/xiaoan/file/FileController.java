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

	@GetMapping("/files/{id}")
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		Files.Download download = files.read(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.file().contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.bytes());
	}

}
