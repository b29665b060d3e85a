-- The shipped library contradicted the rules (issue 8): drills are held at least once a month in primary and
-- secondary schools and at least once a quarter in kindergartens (DOMAIN.md §7), not "每学期至少一次"; the
-- drowning education is the "六不" (DOMAIN.md §6), not "七不". The templates are corrected, and so are the
-- schools' points that still carry the old text word for word (a school that rewrote it keeps its own words).
create temporary table drill_text (category_code varchar(20), name varchar(100), field varchar(30),
                                   old_text varchar(2000), new_text varchar(2000)) on commit drop;
insert into drill_text values
('SURROUNDINGS', '周边水域（河流、池塘、水库）', 'control_measures',
 '“七不”防溺水教育；联系属地在危险水域设警示牌和救生设施；假期家长签收告知书',
 '“六不”防溺水教育；联系属地在危险水域设警示牌和救生设施；假期家长签收告知书'),
('FIRE', '消防安全教育与演练', 'control_measures',
 '每学期至少组织一次全员疏散演练；教职工“四个能力”培训',
 '中小学每月至少组织一次应急疏散演练、幼儿园每季度至少一次，每学期至少一次全员消防疏散；教职工“四个能力”培训'),
('EMERGENCY', '应急演练', 'control_measures',
 '每学期至少开展一次地震、火灾疏散演练并评估',
 '中小学每月至少开展一次应急疏散演练、幼儿园每季度至少一次，轮换地震、火灾等场景并评估；四层及以下教学楼2分钟内疏散完毕');

update risk.template t set control_measures = d.new_text
from drill_text d
where t.region_code is null and t.category_code = d.category_code and t.name = d.name
  and t.control_measures = d.old_text;

update risk.point p set control_measures = d.new_text, updated_at = now()
from drill_text d
where p.category_code = d.category_code and p.control_measures = d.old_text;
