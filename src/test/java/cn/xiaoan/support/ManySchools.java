package cn.xiaoan.support;

import java.util.List;

/**
 * A city with more schools than a form lists ({@code org.SchoolSearch.LIST_UP_TO}): 海口市
 * of a province no other test uses (海南 460000), its 60 schools in two districts — two of
 * them both named 城西中心小学 — and its safety officer {@code hk_safety}. Made once in the
 * shared test database; the demo's provinces keep their counts.
 */
public final class ManySchools {

	public static final String OFFICER = "hk_safety";

	public static final String CITY = "460100";

	public static final int SCHOOLS = 60;

	/** The name two schools share, one in each district. */
	public static final String TWIN = "城西中心小学";

	private ManySchools() {
	}

	public static synchronized void ensure(Demo demo) {
		var jdbc = demo.ownerJdbc();
		if (jdbc.sql("select count(*) from org.school where region_code like '4601%'").query(Long.class).single() > 0) {
			return;
		}
		jdbc.sql("""
				insert into org.region (code, name, level, parent_code) values
				  ('460000', '海南省', 'PROVINCE', null), ('460100', '海口市', 'CITY', '460000'),
				  ('460105', '秀英区', 'COUNTY', '460100'), ('460106', '龙华区', 'COUNTY', '460100'),
				  ('460105100', '长流镇', 'TOWNSHIP', '460105')
				on conflict (code) do nothing""").update();
		for (int i = 1; i <= SCHOOLS; i++) {
			String region = i % 3 == 0 ? "460106" : i % 3 == 1 ? "460105100" : "460105";
			String name = i == 1 ? TWIN : i == 3 ? TWIN : "海口" + (i % 2 == 0 ? "秀英" : "长流") + "第" + i + "小学";
			jdbc.sql("insert into org.school (code, name, type, region_code) values (:code, :name, 'PRIMARY', :region)")
				.param("code", String.format("46010%05d", i))
				.param("name", name)
				.param("region", region)
				.update();
		}
		jdbc.sql("""
				insert into people.account (username, password_hash, display_name, role, region_code)
				select :u, password_hash, '海口市教育局安全科', 'BUREAU_SAFETY_OFFICER', :city
				from people.account where username = 'wz_safety'
				on conflict (username) do nothing""").param("u", OFFICER).param("city", CITY).update();
	}

	/** The ids of the city's schools. */
	public static List<Long> ids(Demo demo) {
		return demo.schoolsIn("4601");
	}

}
