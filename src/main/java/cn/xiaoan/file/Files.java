package cn.xiaoan.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores photos for other modules and serves them within the reader's scope. Only JPEG
 * and PNG are accepted (sniffed from the bytes, not the name), at most
 * {@value #MAX_BYTES} bytes and {@link cn.xiaoan.shared.UploadedImage#MAX_PIXELS} pixels;
 * they are decoded (subsampled when large) and re-encoded, down-scaled to at most
 * {@value Media#MAX_SIDE} pixels a side.
 */
@Service
public class Files {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final long MAX_VIDEO_BYTES = 200L * 1024 * 1024;

	/** A document attached to a notice: 20 MB. */
	public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

	private static final String SELECT = "select id, school_id, region_code, content_type, size_bytes, file_name from file.stored_file";

	private final JdbcClient jdbc;

	private final FileStore store;

	private final java.util.List<AttachedFileReaders> owners;

	Files(JdbcClient jdbc, FileStore store, java.util.List<AttachedFileReaders> owners) {
		this.jdbc = jdbc;
		this.store = store;
		this.owners = owners;
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
		String format = Media.sniff(bytes);
		if (format == null) {
			throw new BusinessRuleViolation(field, "file.notimage");
		}
		byte[] clean = Media.reencode(field, bytes, format);
		UUID id = UUID.randomUUID();
		try {
			store.put(id, clean);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return record(id, schoolId, regionCode, "image/" + format, clean.length, sha256(clean), fileName);
	}

	/**
	 * Stores a video (MP4 or WebM, sniffed from its first bytes, at most
	 * {@value #MAX_VIDEO_BYTES} bytes) for a region, or for everyone when
	 * {@code regionCode} is null; streamed to the store, never held in memory.
	 */
	@Transactional
	public StoredFile storeVideo(String field, org.springframework.core.io.InputStreamSource source, long size,
			String fileName, String regionCode) {
		if (size <= 0) {
			throw new BusinessRuleViolation(field, "file.empty");
		}
		if (size > MAX_VIDEO_BYTES) {
			throw new BusinessRuleViolation(field, "file.video.toolarge");
		}
		String type;
		try (java.io.InputStream in = source.getInputStream()) {
			type = Media.sniffVideo(in.readNBytes(12));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (type == null) {
			throw new BusinessRuleViolation(field, "file.notvideo");
		}
		UUID id = UUID.randomUUID();
		try (java.io.InputStream in = source.getInputStream()) {
			store.put(id, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return record(id, null, regionCode == null ? "" : regionCode, type, (int) size, "", fileName);
	}

	/**
	 * Stores a document attached to something another module owns (a notice's PDF, Word,
	 * Excel or image file), at most {@value #MAX_DOCUMENT_BYTES} bytes; the type is
	 * sniffed from the bytes and must agree with the name's extension. The owning module
	 * serves it through {@link #openAttached(UUID)} after its own scope check.
	 */
	@Transactional
	public StoredFile storeDocument(String field, byte[] bytes, String fileName, Long schoolId, String regionCode) {
		if (bytes == null || bytes.length == 0) {
			throw new BusinessRuleViolation(field, "file.document.empty");
		}
		if (bytes.length > MAX_DOCUMENT_BYTES) {
			throw new BusinessRuleViolation(field, "file.document.toolarge");
		}
		String type = Documents.typeOf(bytes, fileName);
		if (type == null) {
			throw new BusinessRuleViolation(field, "file.document.type");
		}
		UUID id = UUID.randomUUID();
		try {
			store.put(id, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return record(id, schoolId, regionCode == null ? "" : regionCode, type, bytes.length, sha256(bytes), fileName);
	}

	/**
	 * A document stored with {@link #storeDocument}, for the module that owns what it is
	 * attached to and has checked the caller may read that; any other file is not found.
	 */
	@Transactional(readOnly = true)
	public Stream openAttached(UUID id) {
		StoredFile file = jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(Files::storedFile)
			.optional()
			.orElseThrow(() -> new NotFound("file", id));
		try {
			return new Stream(file, store.resource(id));
		}
		catch (IOException ex) {
			throw new NotFound("file", id);
		}
	}

	private StoredFile record(UUID id, Long schoolId, String regionCode, String type, int size, String sha256,
			String fileName) {
		CurrentUser caller = Callers.currentOrNull();
		String name = fileName == null ? "" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
		jdbc.sql(
				"""
						insert into file.stored_file (id, school_id, region_code, content_type, size_bytes, sha256, file_name, created_by)
						values (:id, :s, :r, :t, :n, :h, :f, :by)""")
			.param("id", id)
			.param("s", schoolId)
			.param("r", regionCode)
			.param("t", type)
			.param("n", size)
			.param("h", sha256)
			.param("f", name)
			.param("by", caller == null ? null : caller.accountId())
			.update();
		return new StoredFile(id, schoolId, regionCode, type, size, name);
	}

	/**
	 * The file's description and a resource to stream it, if it belongs to the caller's
	 * scope.
	 */
	@Transactional(readOnly = true)
	public Stream open(UUID id) {
		StoredFile file = readable(id);
		try {
			return new Stream(file, store.resource(id));
		}
		catch (IOException ex) {
			throw new NotFound("file", id);
		}
	}

	/** A file and where to stream it from. */
	public record Stream(StoredFile file, org.springframework.core.io.Resource resource) {
	}

	/** The file's description and bytes, if it belongs to the caller's scope. */
	@Transactional(readOnly = true)
	public Download read(UUID id) {
		StoredFile file = readable(id);
		try {
			return new Download(file, store.get(id));
		}
		catch (IOException ex) {
			throw new NotFound("file", id);
		}
	}

	/**
	 * The bytes of a confidential file: one stored with no school and no region (which
	 * {@code /files} serves to no one but the system administrator), read by the module
	 * that keeps it after checking the caller itself (bullying evidence, ADR 0036).
	 */
	@Transactional(readOnly = true)
	public Download readConfidential(UUID id) {
		StoredFile file = jdbc.sql(SELECT + " where id = :id and school_id is null and region_code = ''")
			.param("id", id)
			.query(Files::storedFile)
			.optional()
			.orElseThrow(() -> new NotFound("file", id));
		try {
			return new Download(file, store.get(id));
		}
		catch (IOException ex) {
			throw new NotFound("file", id);
		}
	}

	/**
	 * A school's file is read within the school's scope; a region's file (lesson videos)
	 * by everyone in or above the region, schools, students and parents below it
	 * included; a file of no region by everyone signed in; any other file only when the
	 * module it is attached to lets the caller read it ({@link AttachedFileReaders}).
	 */
	private StoredFile readable(UUID id) {
		CurrentUser caller = Callers.current();
		StoredFile file = jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(Files::storedFile)
			.optional()
			.orElseThrow(() -> new NotFound("file", id));
		// a school's files are its hazard photos: read with the hazard ledger, so a
		// partner
		// department only when granted the hazards (issue 9)
		boolean inScope = file.schoolId() != null
				? caller.scope().coversSchool(file.schoolId(), file.regionCode()) && caller.can(Permission.HAZARD_READ)
				: caller.scope().coversRegion(file.regionCode()) || sharedBelow(caller, file);
		if (!inScope && !attachedReadable(caller, id)) {
			throw new NotFound("file", id);
		}
		return file;
	}

	/**
	 * A file outside the caller's scope is still readable when the module owning what it
	 * is attached to says the caller may read that (a water's photo for a school near the
	 * water).
	 */
	private boolean attachedReadable(CurrentUser caller, UUID id) {
		return owners.stream().anyMatch(owner -> owner.mayRead(caller, id));
	}

	/**
	 * Teaching material (videos) of a region is shared with everyone below it: bureaus of
	 * lower levels, schools, their students and parents; of no region ('') with everyone.
	 */
	private boolean sharedBelow(CurrentUser caller, StoredFile file) {
		if (!file.contentType().startsWith("video/")) {
			return false;
		}
		String prefix = file.regionCode().isEmpty() ? "" : cn.xiaoan.shared.RegionCode.of(file.regionCode()).prefix();
		return caller.scope().homeRegion().startsWith(prefix);
	}

	/** A file and its bytes. */
	public record Download(StoredFile file, byte[] bytes) {
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static StoredFile storedFile(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StoredFile(rs.getObject(1, UUID.class), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
				rs.getInt(5), rs.getString(6));
	}

}
