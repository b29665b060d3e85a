package cn.xiaoan.education;

import java.util.UUID;

/**
 * A picture, video or link of a lesson. {@code src} is a path or https link; an uploaded
 * video has a {@code fileId} instead. {@code regionCode} is null for the shipped
 * illustrations. {@code source} names the installation above it came down from with a
 * campaign (null for media added here); {@code removable} says whether the caller may
 * remove it.
 */
public record LessonMedia(long id, Kind kind, String title, String src, UUID fileId, String regionCode,
		String addedName, String source, boolean removable) {

	public enum Kind {

		IMAGE, VIDEO, LINK

	}

	/** Where the browser loads it from. */
	public String url() {
		return fileId != null ? "/files/" + fileId : src;
	}

}
