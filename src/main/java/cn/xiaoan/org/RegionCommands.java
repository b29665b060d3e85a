package cn.xiaoan.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Commands of region administration, shared by the pages, the API and the spreadsheet.
 */
public final class RegionCommands {

	private RegionCommands() {
	}

	/** A new region below an existing one (none for a province). */
	public record AddRegion(@NotBlank @Pattern(regexp = "\\d{6}|\\d{9}", message = "{region.code.invalid}") String code,
			@NotBlank @Size(max = 64) String name, String parentCode) {

		public AddRegion {
			code = code == null ? null : code.trim();
			name = name == null ? null : name.trim();
			parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.trim();
		}

	}

	/** A new name; the old one stays in the region's history with the reason. */
	public record RenameRegion(@NotBlank @Size(max = 64) String name, @NotBlank @Size(max = 200) String reason) {

	}

	/**
	 * Retires a region (撤销); with a successor it is a merge: the successor takes over its
	 * schools and child regions.
	 */
	public record RetireRegion(String successorCode, @NotBlank @Size(max = 200) String reason) {

		public RetireRegion {
			successorCode = successorCode == null || successorCode.isBlank() ? null : successorCode.trim();
		}

	}

	/** Moves a school to another region, with the reason kept in its history. */
	public record MoveSchool(
			@NotBlank @Pattern(regexp = "\\d{6}|\\d{9}", message = "{region.code.invalid}") String regionCode,
			@NotBlank @Size(max = 200) String reason) {

	}

	/** What loading a province from the division table did. */
	public record LoadResult(int added, int renamed, int unchanged) implements java.io.Serializable {

	}

	/** What retiring a region did. */
	public record Retirement(String code, String successorCode, int schoolsMoved, int regionsMoved,
			int regionsRetired) implements java.io.Serializable {

	}

}
