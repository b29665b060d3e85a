package cn.xiaoan.waters;

import java.util.Optional;
import java.util.UUID;

import cn.xiaoan.file.AttachedFileReaders;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may open a water's photos (its signs and equipment) and its patrols' photos:
 * whoever may read the water, so a school near it opens them though they are kept with
 * the township's files; anyone else is told the file does not exist.
 */
@Component
class WaterFiles implements AttachedFileReaders {

	private final JdbcClient jdbc;

	private final WaterAccess access;

	WaterFiles(JdbcClient jdbc, WaterAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	public boolean mayRead(CurrentUser caller, UUID fileId) {
		Optional<Long> water = jdbc.sql("""
				select water_id from waters.photo where file_id = :f
				union all
				select p.water_id from waters.patrol_photo pp join waters.patrol p on p.id = pp.patrol_id
				where pp.file_id = :f""").param("f", fileId).query(Long.class).optional();
		if (water.isEmpty() || !caller.can(WatersManagement.WATERS_READ)) {
			return false;
		}
		try {
			access.visible(caller, water.get());
			return true;
		}
		catch (NotFound notFound) {
			return false;
		}
	}

}
