package cn.xiaoan.education;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's homework for a whole region, written from the classes org's API lists (ADR
 * 0082), is what the view gave: one homework per school with the school's region, given
 * to every class of the region's schools, each to its own school's homework.
 */
@PlatformTest
class RegionHomeworkLoadIntegrationTests {

	@Autowired
	Demo demo;

	@Test
	void aRegionsHomeworkGoesOncePerSchoolToEveryClassOfItsSchools() {
		long winter = demo.jdbc()
			.sql("select id from education.campaign where title like '%冬季消防安全专题教育'")
			.query(Long.class)
			.single();
		assertThat(count("""
				select count(*) from education.homework h join org.school s on s.id = h.school_id
				where h.campaign_id = :c and h.region_code <> s.region_code""", winter)).isZero();
		assertThat(count("""
				select count(*) - count(distinct school_id) from education.homework where campaign_id = :c""", winter))
			.isZero();
		assertThat(
				count("""
						select count(*) from education.homework_class hc join education.homework h on h.id = hc.homework_id
						join org.school_class c on c.id = hc.class_id where h.campaign_id = :c and c.school_id <> h.school_id""",
						winter))
			.isZero();
		// every class of the region's schools loaded with the demo (tests may add some
		// later)
		assertThat(
				count("""
						select count(*) from org.school_class c join org.school s on s.id = c.school_id
						where s.region_code like '4504%' and c.id <= (select max(hc.class_id) from education.homework_class hc
						  join education.homework h on h.id = hc.homework_id where h.campaign_id = :c)
						  and not exists (select 1 from education.homework_class hc join education.homework h on h.id = hc.homework_id
						                  where h.campaign_id = :c and hc.class_id = c.id)""",
						winter))
			.isZero();
		assertThat(count("select count(*) from education.homework_class hc join education.homework h on h.id = "
				+ "hc.homework_id where h.campaign_id = :c", winter))
			.isPositive();
	}

	private long count(String sql, long campaign) {
		return demo.jdbc().sql(sql).param("c", campaign).query(Long.class).single();
	}

}
