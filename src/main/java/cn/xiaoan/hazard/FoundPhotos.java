package cn.xiaoan.hazard;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of a hazard as found, for the modules that open hazards (an inspector's photo of
 * a failed checklist item goes with the hazard that item opens). The same rules as a
 * photo added on the hazard's page: the caller reports hazards and sees this one, the
 * hazard is still being reported or graded, at most nine photos, and the file module's
 * type, size and pixel bounds.
 */
@Service
@Transactional
public class FoundPhotos {

	private final HazardPhotos photos;

	FoundPhotos(HazardPhotos photos) {
		this.photos = photos;
	}

	/** Attaches the photo to the hazard and returns the stored file's id. */
	public UUID attach(long hazardId, byte[] bytes, String fileName) {
		return photos.attach(hazardId, HazardPhotos.Kind.FOUND, bytes, fileName).fileId();
	}

}
