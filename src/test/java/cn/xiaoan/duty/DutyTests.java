package cn.xiaoan.duty;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a list's version, of signing and of a drawn signature. */
class DutyTests {

	private static final OffsetDateTime YEAR_START = OffsetDateTime.of(2026, 9, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));

	private static Catalogue.View view(String headTeacherDuty) {
		DutyPost head = new DutyPost("HT", "SCHOOL", "班主任", "Head teacher", "HEAD_TEACHER",
				List.of(new CatalogueItem("N1", headTeacherDuty, "")));
		DutyPost guard = new DutyPost("G", "SCHOOL", "门卫", "Guard", "GUARD",
				List.of(new CatalogueItem("N1", "外来人员登记", "")));
		DutyProcedure fire = new DutyProcedure("FIRE", true, "火灾", "Fire",
				List.of(new CatalogueItem("N1", "拨打119", "")));
		return new Catalogue.View(Map.of("HT", head, "G", guard), Map.of("FIRE", fire), Map.of("HT", List.of("FIRE")));
	}

	@Test
	void aListChangesVersionWhenADutyOrThePostsChange() {
		DutyList before = DutyList.of(Set.of("HT"), view("每天晨午检"));
		assertThat(DutyList.of(Set.of("HT"), view("每天晨午检")).version()).isEqualTo(before.version());
		assertThat(DutyList.of(Set.of("HT"), view("每天晨午检并记录")).version()).isNotEqualTo(before.version());
		assertThat(DutyList.of(Set.of("HT", "G"), view("每天晨午检")).version()).isNotEqualTo(before.version());
		assertThat(before.emergency()).extracting(DutyProcedure::code).containsExactly("FIRE");
	}

	@Test
	void aPersonWithoutPostsHasNothingToSign() {
		assertThat(DutyList.of(Set.of(), view("x")).version()).isEmpty();
		assertThat(holder("", null, null).signing(YEAR_START)).isEqualTo(Holder.Signing.NO_POSTS);
	}

	@Test
	void aSignatureCountsForItsVersionInTheRunningSchoolYearOnly() {
		assertThat(holder("v2", null, null).signing(YEAR_START)).isEqualTo(Holder.Signing.UNSIGNED);
		assertThat(holder("v2", "v1", YEAR_START.plusDays(3)).signing(YEAR_START)).isEqualTo(Holder.Signing.CHANGED);
		assertThat(holder("v2", "v2", YEAR_START.minusDays(1)).signing(YEAR_START)).isEqualTo(Holder.Signing.NEW_YEAR);
		assertThat(holder("v2", "v2", YEAR_START.plusDays(1)).signing(YEAR_START)).isEqualTo(Holder.Signing.SIGNED);
	}

	@Test
	void anInheritedItemIsReplacedOrHiddenAndAnAddedOneFollows() {
		List<CatalogueItem> items = new java.util.ArrayList<>(
				List.of(new CatalogueItem("N1", "甲", ""), new CatalogueItem("N2", "乙", "")));
		Catalogue.apply(items, new Catalogue.Adaptation(5, "4504", null, "POST", "HT", "REPLACE", "N1", "甲（梧州）"),
				"梧州市");
		Catalogue.apply(items, new Catalogue.Adaptation(6, "450422", null, "POST", "HT", "HIDE", "N2", null), "藤县");
		Catalogue.apply(items, new Catalogue.Adaptation(7, "450422", 9L, "POST", "HT", "ADD", null, "丙"), "本校");
		assertThat(items).extracting(CatalogueItem::text).containsExactly("甲（梧州）", "丙");
		assertThat(items.get(0).adaptedBy()).isEqualTo("梧州市");
	}

	@Test
	void anEmptyDrawingATinyImageOrAnotherFormatIsNoSignature() {
		assertThatThrownBy(() -> SignatureImage.of(png(new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					e -> assertThat(e.fieldErrors()).containsValue("duty.error.signature.empty"));
		assertThatThrownBy(() -> SignatureImage.of(png(new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					e -> assertThat(e.fieldErrors()).containsValue("duty.error.signature.dimensions"));
		assertThatThrownBy(() -> SignatureImage.of("GIF89a not a png".getBytes())).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				e -> assertThat(e.fieldErrors()).containsValue("duty.error.signature.type"));
		assertThatThrownBy(() -> SignatureImage.of(new byte[SignatureImage.MAX_BYTES + 1]))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(SignatureImage.of(drawn()).width()).isEqualTo(400);
	}

	private static Holder holder(String version, String signed, OffsetDateTime at) {
		return new Holder(1, 2, "450422", "李老师", "HEAD_TEACHER", false, version, signed, at, Set.of("HT"));
	}

	/** A signature drawn with a pen: a few strokes on a transparent 400×150 pad. */
	static byte[] drawn() {
		BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB);
		var g = image.createGraphics();
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(3));
		g.drawLine(30, 100, 120, 30);
		g.drawLine(120, 30, 200, 110);
		g.drawLine(200, 110, 330, 50);
		g.dispose();
		return png(image);
	}

	static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
