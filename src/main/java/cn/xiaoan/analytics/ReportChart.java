package cn.xiaoan.analytics;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * A bar chart drawn into a PDF with OpenPDF's vector graphics, no browser: one group of
 * bars per label (up to three series), a value over each bar, labels in the embedded
 * Chinese font, a legend on top.
 */
final class ReportChart {

	static final Color[] COLORS = { new Color(13, 110, 253), new Color(173, 181, 189), new Color(253, 126, 20) };

	private ReportChart() {
	}

	/**
	 * A chart {@code width} × {@code height} points of {@code series} over
	 * {@code labels}.
	 */
	static PdfTemplate bars(PdfContentByte cb, BaseFont font, float width, float height, List<String> labels,
			List<String> names, List<long[]> series) {
		PdfTemplate t = cb.createTemplate(width, height);
		float left = 30;
		float bottom = 42;
		float top = height - 24;
		long most = 1;
		for (long[] s : series) {
			for (long v : s) {
				most = Math.max(most, v);
			}
		}
		// legend
		float x = left;
		for (int i = 0; i < names.size(); i++) {
			t.setColorFill(COLORS[i]);
			t.rectangle(x, height - 12, 10, 8);
			t.fill();
			text(t, font, 8, names.get(i), x + 13, height - 11, PdfContentByte.ALIGN_LEFT);
			x += 20 + font.getWidthPoint(names.get(i), 8);
		}
		// axis
		t.setColorStroke(Color.GRAY);
		t.setLineWidth(0.5f);
		t.moveTo(left, bottom);
		t.lineTo(width, bottom);
		t.stroke();
		int n = Math.max(1, labels.size());
		float slot = (width - left) / n;
		float bar = Math.min(18, (slot - 6) / series.size());
		for (int i = 0; i < labels.size(); i++) {
			float x0 = left + i * slot + (slot - bar * series.size()) / 2;
			for (int s = 0; s < series.size(); s++) {
				long v = series.get(s)[i];
				float h = (top - bottom) * v / most;
				t.setColorFill(COLORS[s]);
				t.rectangle(x0 + s * bar, bottom, bar - 1, h);
				t.fill();
				if (v > 0) {
					text(t, font, 6, String.valueOf(v), x0 + s * bar + bar / 2, bottom + h + 2,
							PdfContentByte.ALIGN_CENTER);
				}
			}
			String label = labels.get(i);
			text(t, font, labels.size() > 8 ? 6 : 8, label, left + i * slot + slot / 2, bottom - 12,
					PdfContentByte.ALIGN_CENTER);
		}
		return t;
	}

	private static void text(PdfTemplate t, BaseFont font, float size, String s, float x, float y, int align) {
		t.beginText();
		t.setColorFill(Color.DARK_GRAY);
		t.setFontAndSize(font, size);
		t.showTextAligned(align, s, x, y, 0);
		t.endText();
	}

}
