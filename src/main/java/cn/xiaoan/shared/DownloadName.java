package cn.xiaoan.shared;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The name of every file the platform hands out: the unit, what it is and the day (in the
 * installation's zone, Beijing by default), e.g. {@code 藤县隐患台账-2026-11-30.xlsx}, and the
 * {@code Content-Disposition} that carries it to every browser: RFC 6266 / RFC 5987
 * {@code filename*=UTF-8''…} (read by Chrome, Firefox, Safari and Edge) after an
 * ASCII-only {@code filename="…"} for clients that know no better.
 */
public record DownloadName(String filename) {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String PDF = "application/pdf";

	public static final String JSON = "application/json";

	/** Characters no file system takes in a name, and white space. */
	private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}\\s]+";

	public DownloadName {
		filename = filename.replaceAll(UNSAFE, "");
	}

	/**
	 * {@code unit + title + "-" + today + extension}; an empty unit is left out (a title
	 * that names its own subject, a template).
	 */
	public static DownloadName of(String unit, String title, Clock clock, String extension) {
		// the platform's clock runs in the installation's zone (Beijing unless
		// configured)
		LocalDate today = LocalDate.now(clock);
		return new DownloadName((unit == null ? "" : unit) + title + "-" + today + extension);
	}

	/** The header value for a download the browser saves. */
	public String attachment() {
		return disposition("attachment");
	}

	/** The header value for a file the browser shows (a PDF), saved under this name. */
	public String inline() {
		return disposition("inline");
	}

	/** Sets the type and an attachment disposition on a response about to be written. */
	public void attachTo(HttpServletResponse response, String contentType) {
		response.setContentType(contentType);
		response.setHeader("Content-Disposition", attachment());
	}

	/**
	 * The name as a client without RFC 5987 sees it: ASCII letters, digits and
	 * {@code -._} only, the rest dropped, and {@code xiaoan} when nothing but the date
	 * and extension would be left.
	 */
	public String asciiFallback() {
		String ascii = filename.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+", "");
		String stem = ascii.contains(".") ? ascii.substring(0, ascii.lastIndexOf('.')) : ascii;
		return stem.matches(".*[A-Za-z].*") ? ascii : "xiaoan-" + ascii;
	}

	private String disposition(String type) {
		return type + "; filename=\"" + asciiFallback() + "\"; filename*=UTF-8''" + encoded();
	}

	/** RFC 5987 value-chars: attr-char as is, every other byte of the UTF-8 form %XX. */
	private String encoded() {
		StringBuilder out = new StringBuilder();
		for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

}
