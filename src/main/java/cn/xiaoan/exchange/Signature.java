package cn.xiaoan.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over who sends, when and what, with the secret the two installations share.
 * The request is signed by the sender and the answer by the receiver, so each side proves
 * it holds the secret (mutual authentication); the timestamp bounds how long a captured
 * request could be replayed, and the receipts make a replay within that window harmless.
 */
final class Signature {

	static final String INSTALLATION = "X-Exchange-Installation";

	static final String TIMESTAMP = "X-Exchange-Timestamp";

	static final String SIGNATURE = "X-Exchange-Signature";

	static final Duration SKEW = Duration.ofMinutes(5);

	private Signature() {
	}

	/** The signature of a request ("req") or an answer ("ack") body. */
	static String sign(String secret, String purpose, String installation, long epochSeconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((purpose + "\n" + installation + "\n" + epochSeconds + "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean verify(String secret, String purpose, String installation, String timestamp, byte[] body,
			String signature, Instant now) {
		if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
			return false;
		}
		long at = Long.parseLong(timestamp);
		if (Math.abs(now.getEpochSecond() - at) > SKEW.toSeconds()) {
			return false;
		}
		byte[] expected = sign(secret, purpose, installation, at, body).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

}
