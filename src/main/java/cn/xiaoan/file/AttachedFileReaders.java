package cn.xiaoan.file;

import java.util.UUID;

import cn.xiaoan.shared.CurrentUser;

/**
 * The typed question the file module asks the module that owns what a file is attached
 * to, when the file's own school or region does not let the caller read it: a water's
 * photo is kept with its township's files, yet the schools near the water may read it
 * because they may read the water. A module implements this as a bean; it answers false
 * for a file that is not attached to anything of its own.
 */
public interface AttachedFileReaders {

	/**
	 * Whether {@code caller} may read the file because it may read what the file is
	 * attached to (role and scope both checked by the owner).
	 */
	boolean mayRead(CurrentUser caller, UUID fileId);

}
