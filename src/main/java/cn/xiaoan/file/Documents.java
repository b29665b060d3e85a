package cn.xiaoan.file;

import java.util.Locale;

/**
 * What a document is, from its first bytes and its name: PDF, the Office formats (the old
 * binary ones share one signature, the new ones are ZIP archives) and JPEG/PNG images. A
 * name whose extension disagrees with the bytes is refused, so a renamed program is not
 * served as a spreadsheet.
 */
final class Documents {

	private Documents() {
	}

	static String typeOf(byte[] b, String fileName) {
		String ext = extension(fileName);
		if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
			return ext.equals("pdf") ? "application/pdf" : null;
		}
		if (startsWith(b, 0xd0, 0xcf, 0x11, 0xe0)) {
			return switch (ext) {
				case "doc" -> "application/msword";
				case "xls" -> "application/vnd.ms-excel";
				default -> null;
			};
		}
		if (startsWith(b, 0x50, 0x4b, 0x03, 0x04)) {
			return switch (ext) {
				case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				default -> null;
			};
		}
		String image = Media.sniff(b);
		if (image != null) {
			boolean named = image.equals("png") ? ext.equals("png") : ext.equals("jpg") || ext.equals("jpeg");
			return named ? "image/" + image : null;
		}
		return null;
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] b, int... head) {
		if (b.length < head.length) {
			return false;
		}
		for (int i = 0; i < head.length; i++) {
			if ((b[i] & 0xff) != head[i]) {
				return false;
			}
		}
		return true;
	}

}
