package cn.xiaoan.demo;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.org.Region;
import cn.xiaoan.shared.RegionCode;

/**
 * The regions of the demo: 广西 → 梧州 with its seven county-level divisions, 云南 → 曲靖 → 师宗,
 * each county with two real townships of the national division table (the demo also loads
 * 广西's whole tree from that table).
 */
final class DemoRegions {

	record County(String code, String name, String shortName, String accountPrefix, List<String[]> townships) {
	}

	static final List<County> COUNTIES = List.of(
			new County("450403", "万秀区", "万秀", "wx", List.of(t("450403101", "城东镇"), t("450403104", "夏郢镇"))),
			new County("450405", "长洲区", "长洲", "cz", List.of(t("450405102", "倒水镇"), t("450405101", "长洲镇"))),
			new County("450406", "龙圩区", "龙圩", "lx", List.of(t("450406100", "龙圩镇"), t("450406101", "大坡镇"))),
			new County("450421", "苍梧县", "苍梧", "cw", List.of(t("450421100", "石桥镇"), t("450421101", "沙头镇"))),
			new County("450422", "藤县", "藤县", "tx", List.of(t("450422100", "藤州镇"), t("450422103", "塘步镇"))),
			new County("450423", "蒙山县", "蒙山", "ms", List.of(t("450423100", "蒙山镇"), t("450423101", "西河镇"))),
			new County("450481", "岑溪市", "岑溪", "cx", List.of(t("450481100", "岑城镇"), t("450481112", "糯垌镇"))),
			new County("530323", "师宗县", "师宗", "sz", List.of(t("530323001", "丹凤街道"), t("530323102", "雄壁镇"))));

	private DemoRegions() {
	}

	private static String[] t(String code, String name) {
		return new String[] { code, name };
	}

	static List<Region> all() {
		List<Region> regions = new ArrayList<>();
		regions.add(new Region("450000", "广西壮族自治区", RegionCode.Level.PROVINCE, null));
		regions.add(new Region("450400", "梧州市", RegionCode.Level.CITY, "450000"));
		regions.add(new Region("530000", "云南省", RegionCode.Level.PROVINCE, null));
		regions.add(new Region("530300", "曲靖市", RegionCode.Level.CITY, "530000"));
		for (County county : COUNTIES) {
			regions.add(new Region(county.code(), county.name(), RegionCode.Level.COUNTY,
					RegionCode.of(county.code()).parent().value()));
			for (String[] township : county.townships()) {
				regions.add(new Region(township[0], township[1], RegionCode.Level.TOWNSHIP, county.code()));
			}
		}
		return regions;
	}

}
