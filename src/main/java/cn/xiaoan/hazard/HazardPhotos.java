package cn.xiaoan.hazard;

import java.util.List;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of a hazard: "as found" while it is being reported and graded, "after" once the
 * work is done (and for a 现场整改 fix). Stored by the file module, which serves them within
 * scope.
 */
@Service
@Transactional
class HazardPhotos {

	/** When a photo was taken. */
	enum Kind {

		FOUND, AFTER

	}

	/** A photo of a hazard. */
	record Photo(UUID fileId, Kind kind) {
	}

	private final JdbcClient jdbc;

	private final HazardManagement hazards;

	private final Files files;

	private final Hazards store;

	private final org.springframework.context.ApplicationEventPublisher events;

	HazardPhotos(JdbcClient jdbc, Hazards store, HazardManagement hazards, Files files,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.store = store;
		this.hazards = hazards;
		this.files = files;
	}

	public Photo attach(long hazardId, Kind kind, byte[] bytes, String fileName) {
		CurrentUser caller = Callers.current()
			.require(kind == Kind.FOUND ? Permission.HAZARD_REPORT : Permission.HAZARD_MANAGE);
		Hazard hazard = store.load(hazardId, caller);
		boolean early = hazard.status == HazardStatus.REPORTED || hazard.status == HazardStatus.REGISTERED
				|| hazard.status == HazardStatus.GRADED;
		boolean late = hazard.status == HazardStatus.AWAITING_VERIFICATION || hazard.status == HazardStatus.RECTIFYING
				|| hazard.status == HazardStatus.CLOSED && hazard.rectifiedBy != null;
		if (kind == Kind.FOUND ? !early : !late) {
			throw new BusinessRuleViolation("photo", "hazard.photo.stage");
		}
		int count = jdbc.sql("select count(*) from hazard.photo where hazard_id = :id")
			.param("id", hazardId)
			.query(Integer.class)
			.single();
		if (count >= 9) {
			throw new BusinessRuleViolation("photo", "hazard.photo.toomany");
		}
		StoredFile file = files.storePhoto("photo", bytes, fileName, hazard.schoolId, hazard.regionCode);
		jdbc.sql("insert into hazard.photo (hazard_id, file_id, kind, uploaded_by) values (:h, :f, :k, :by)")
			.param("h", hazardId)
			.param("f", file.id())
			.param("k", kind.name())
			.param("by", caller.accountId())
			.update();
		events.publishEvent(cn.xiaoan.shared.EntityChanged.created("hazard_photo", hazardId, hazard.regionCode,
				hazard.schoolId, java.util.Map.of("kind", kind.name(), "file", file.id().toString())));
		return new Photo(file.id(), kind);
	}

	@Transactional(readOnly = true)
	public List<Photo> of(long hazardId) {
		hazards.summary(hazardId);
		return jdbc.sql("select file_id, kind from hazard.photo where hazard_id = :id order by uploaded_at, id")
			.param("id", hazardId)
			.query((rs, n) -> new Photo(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2))))
			.list();
	}

}
