package cn.xiaoan.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A peer installation as the operator enters it: its installation id (how it signs), a
 * name, its base URL, the region it serves, whether it is above or below, and the secret
 * both sides share.
 */
public record SavePeer(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String installation,
		@NotBlank @Size(max = 60) String name, @NotBlank @Size(max = 300) @Pattern(regexp = "https?://\\S+") String url,
		@NotBlank @Pattern(regexp = "\\d{6}") String regionCode, @NotNull PeerDirection direction,
		@NotBlank @Size(min = 16, max = 200) String secret) {

	public SavePeer {
		url = url == null ? null : url.strip().replaceAll("/+$", "");
	}

}
