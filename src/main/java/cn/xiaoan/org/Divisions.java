package cn.xiaoan.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import cn.xiaoan.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * The national division table shipped with XiaoAn (GB/T 2260 down to 乡镇/街道, see NOTICE
 * and tools/divisions). A bureau loads its province from it instead of typing its regions
 * in. Read on demand: a province is a few thousand lines of a 350 kB file.
 */
@Component
public class Divisions {

	/**
	 * City-level rows of the published table that are no cities: 市辖区 and 县 of the
	 * municipalities (北京, 天津, 上海, 重庆), 省直辖县级行政区划 (海南, 湖北, 河南) and 自治区直辖县级行政区划 (新疆). Their
	 * counties sit directly under the province, as in the Ministry of Civil Affairs'
	 * current list.
	 */
	static final Set<String> PLACEHOLDER_CITIES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

	private static final String RESOURCE = "/org/divisions.tsv.gz";

	/** Read once: the /regions page offers them on every visit. */
	private volatile List<Region> provinces;

	/** The provinces of the table. */
	public List<Region> provinces() {
		if (provinces == null) {
			provinces = read(code -> code.endsWith("0000") && code.length() == 6);
		}
		return provinces;
	}

	/**
	 * A province with its cities and counties and, if asked, its townships; parents
	 * before children. Empty for a code that is not a province of the table.
	 */
	public List<Region> province(String provinceCode, boolean townships) {
		if (!RegionCode.isValid(provinceCode) || RegionCode.of(provinceCode).level() != RegionCode.Level.PROVINCE) {
			return List.of();
		}
		String prefix = RegionCode.of(provinceCode).prefix();
		return read(code -> code.startsWith(prefix) && (townships || code.length() == 6));
	}

	private static List<Region> read(Predicate<String> wanted) {
		try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("division table missing: " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				String[] columns = line.split("\t", -1);
				if (columns.length == 3 && wanted.test(columns[0])) {
					rows.add(columns);
				}
			}
			return arrange(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Turns published rows (code, name, parent code) into regions: a code seen twice
	 * keeps its first row (东莞 441900 is listed as city and as its own county),
	 * placeholder cities are dropped and their children hang from the province, a parent
	 * that is not among the rows (a township asked for without its county) is kept as
	 * written.
	 */
	static List<Region> arrange(List<String[]> rows) {
		Map<String, String> replacedParent = new HashMap<>();
		Set<String> seen = new LinkedHashSet<>();
		List<Region> regions = new ArrayList<>();
		for (String[] row : rows) {
			String code = row[0];
			if (!RegionCode.isValid(code) || !seen.add(code)) {
				continue;
			}
			RegionCode region = RegionCode.of(code);
			String parent = row[2].isEmpty() ? null : row[2];
			parent = replacedParent.getOrDefault(parent, parent);
			if (region.level() == RegionCode.Level.CITY && PLACEHOLDER_CITIES.contains(row[1])) {
				replacedParent.put(code, parent);
				continue;
			}
			regions.add(new Region(code, row[1], region.level(),
					region.level() == RegionCode.Level.PROVINCE ? null : parent));
		}
		return regions;
	}

}
