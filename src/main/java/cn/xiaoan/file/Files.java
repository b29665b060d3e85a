package cn.xiaoan.file;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import javax.imageio.ImageIO;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores photos for other modules and serves them within the reader's scope. Only JPEG
 * and PNG are accepted (sniffed from the bytes, not the name), at most
 * {@value #MAX_BYTES} bytes; they are decoded and re-encoded, down-scaled to at most
 * {@value #MAX_SIDE} pixels a side.
 */
@Service
public class Files {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_SIDE = 2048;

	private final JdbcClient jdbc;

	private final FileStore store;

	Files(JdbcClient jdbc, FileStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/**
	 * Stores a photo belonging to a school (or to a region when {@code schoolId} is
	 * null); the caller's module has checked that the caller may write there. Bad input
	 * is a field error on {@code field}.
	 */
	@Transactional
	public StoredFile storePhoto(String field, byte[] bytes, String fileName, Long schoolId, String regionCode) {
		if (bytes == null || bytes.length == 0) {
			throw new BusinessRuleViolation(field, "file.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new BusinessRuleViolation(field, "file.toolarge");
		}
		String format = sniff(bytes);
		if (format == null) {
			throw new BusinessRuleViolation(field, "file.notimage");
		}
		byte[] clean = reencode(field, bytes, format);
		UUID id = UUID.randomUUID();
		try {
			store.put(id, clean);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CurrentUser caller = Callers.currentOrNull();
		String name = fileName == null ? "" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
		jdbc.sql(
				"""
						insert into file.stored_file (id, school_id, region_code, content_type, size_bytes, sha256, file_name, created_by)
						values (:id, :s, :r, :t, :n, :h, :f, :by)""")
			.param("id", id)
			.param("s", schoolId)
			.param("r", regionCode)
			.param("t", "image/" + format)
			.param("n", clean.length)
			.param("h", sha256(clean))
			.param("f", name)
			.param("by", caller == null ? null : caller.accountId())
			.update();
		return new StoredFile(id, schoolId, regionCode, "image/" + format, clean.length, name);
	}

	/** The file's description and bytes, if it belongs to the caller's scope. */
	@Transactional(readOnly = true)
	public Download read(UUID id) {
		CurrentUser caller = Callers.current();
		StoredFile file = jdbc
			.sql("""
					select id, school_id, region_code, content_type, size_bytes, file_name from file.stored_file where id = :id""")
			.param("id", id)
			.query((rs, n) -> new StoredFile(rs.getObject(1, UUID.class), (Long) rs.getObject(2), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getString(6)))
			.optional()
			.orElseThrow(() -> new NotFound("file", id));
		boolean inScope = file.schoolId() != null ? caller.scope().coversSchool(file.schoolId(), file.regionCode())
				: caller.scope().coversRegion(file.regionCode());
		if (!inScope) {
			throw new NotFound("file", id);
		}
		try {
			return new Download(file, store.get(id));
		}
		catch (IOException ex) {
			throw new NotFound("file", id);
		}
	}

	/** A file and its bytes. */
	public record Download(StoredFile file, byte[] bytes) {
	}

	static String sniff(byte[] b) {
		if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "png";
		}
		return null;
	}

	private static byte[] reencode(String field, byte[] bytes, String format) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new BusinessRuleViolation(field, "file.notimage");
			}
			int longest = Math.max(image.getWidth(), image.getHeight());
			if (longest > MAX_SIDE) {
				double scale = (double) MAX_SIDE / longest;
				int w = Math.max(1, (int) (image.getWidth() * scale));
				int h = Math.max(1, (int) (image.getHeight() * scale));
				BufferedImage scaled = new BufferedImage(w, h,
						"png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
				var g = scaled.createGraphics();
				g.drawImage(image.getScaledInstance(w, h, java.awt.Image.SCALE_SMOOTH), 0, 0, null);
				g.dispose();
				image = scaled;
			}
			if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
				BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				rgb.createGraphics().drawImage(image, 0, 0, null);
				image = rgb;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg".equals(format) ? "jpg" : "png", out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof BusinessRuleViolation violation) {
				throw violation;
			}
			throw new BusinessRuleViolation(field, "file.notimage");
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
