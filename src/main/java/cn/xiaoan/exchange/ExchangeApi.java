package cn.xiaoan.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exchange over HTTP. Peers post signed envelope batches (no session: the signature
 * is the authentication, see {@code platform.SecurityConfiguration}); a bureau reads the
 * mirrored hazards of its lower installations.
 */
@RestController
class ExchangeApi {

	private final ExchangeReceipts receipts;

	private final ExchangeManagement exchange;

	private final ObjectMapper json;

	private final Clock clock;

	private final String installation;

	ExchangeApi(ExchangeReceipts receipts, ExchangeManagement exchange, ObjectMapper json, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${xiaoan.exchange.installation:xiaoan}") String installation) {
		this.receipts = receipts;
		this.exchange = exchange;
		this.json = json;
		this.clock = clock;
		this.installation = installation;
	}

	@PostMapping(path = ExchangePush.PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> receive(@RequestHeader(name = Signature.INSTALLATION, required = false) String from,
			@RequestHeader(name = Signature.TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = Signature.SIGNATURE, required = false) String signature, @RequestBody byte[] body) {
		var peer = receipts.authenticate(from, timestamp, signature, body);
		if (peer.isEmpty()) {
			// the same answer for an unknown installation and a wrong signature
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		ExchangeReceipts.Answer answer;
		try {
			answer = receipts.receive(peer.get(), body);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage()));
		}
		byte[] out = json
			.writeValueAsString(Map.of("last", answer.last(), "applied", answer.applied(), "parked", answer.parked()))
			.getBytes(StandardCharsets.UTF_8);
		long now = clock.instant().getEpochSecond();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(Signature.TIMESTAMP, Long.toString(now))
			.header(Signature.SIGNATURE, Signature.sign(peer.get().secret(), "ack", installation, now, out))
			.body(out);
	}

	@GetMapping("/api/v1/exchange/hazards")
	List<MirroredHazard> hazards(@RequestParam(defaultValue = "100") int limit) {
		return exchange.mirroredHazards(limit);
	}

}
