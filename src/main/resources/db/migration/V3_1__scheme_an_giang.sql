-- Seed 002: Hướng dẫn số 02-HD/TU ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy An Giang. Rated from Quý II/2026 (§8.2),
-- points bands and conditions (Quy định 366 Điều 11), thresholds = vn.danhgia.rules.RatingRules.defaults().
-- Criteria texts are copied from Mẫu 03 I.A, axis titles from Mẫu 01 II (the titles the forms print beside
-- "Trục 1" … "Trục 6"; §1.2 words some of them differently), maxima from Mẫu 03 I.B.

insert into evaluation_scheme (code, name, legal_basis, effective_from, default_scheme, rating_method,
    excellent_min_points, good_min_points, completed_min_points, excellent_min_beyond_share,
    completed_max_late_share, beyond_factor_above, shortfall_factor_below, collective_min_completion,
    excellent_quota_share, small_unit_limit, quota_base, version)
values ('AG-02-HD-TU-2026',
    'Hướng dẫn số 02-HD/TU ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy An Giang',
    'Hướng dẫn số 02-HD/TU ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy An Giang về một số nội dung về việc đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý các cấp trong hệ thống chính trị trên địa bàn tỉnh; '
        || 'Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị; '
        || 'Hướng dẫn số 02-HD/BTCTW ngày 22/5/2026 của Ban Tổ chức Trung ương về một số nội dung về việc đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý các cấp trong hệ thống chính trị',
    date '2026-04-01', true, 'BANDS_AND_CONDITIONS',
    90, 70, 50, 0.30, 0.20, 1, 1, 0.70, 0.20, 5, 'GOOD_OR_BETTER_POOL', 0);

insert into scheme_criterion_group (scheme_id, group_number, title)
select id, 1, 'Về phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương' from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_criterion_group (scheme_id, group_number, title)
select id, 2, 'Tư duy đổi mới, chiến lược, khát vọng cống hiến, dám nghĩ, dám làm' from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_criterion_group (scheme_id, group_number, title)
select id, 3, 'Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm' from evaluation_scheme where code = 'AG-02-HD-TU-2026';

insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 1, '1.1',
    'Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân; kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, mục tiêu độc lập dân tộc và chủ nghĩa xã hội. Có lập trường, quan điểm, bản lĩnh chính trị vững vàng; kiên quyết bảo vệ nền tảng tư tưởng, Cương lĩnh chính trị, đường lối của Đảng, Hiến pháp, pháp luật của Nhà nước; đấu tranh phản bác các quan điểm sai trái, thù địch, các biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá".',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 2, '1.2',
    'Có tinh thần yêu nước sâu sắc, tận tụy phục vụ Nhân dân, sâu sát cơ sở, luôn hành động vì lợi ích của Nhân dân. Đặt lợi ích của Đảng, quốc gia - dân tộc, Nhân dân, tập thể lên trên lợi ích cá nhân, sẵn sàng hy sinh vì sự nghiệp cách mạng của Đảng, vì độc lập, tự do của Tổ quốc, vì hạnh phúc của Nhân dân.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 3, '1.3',
    'Chấp hành nghiêm chủ trương, đường lối, nghị quyết, chỉ thị, quy định, nguyên tắc tổ chức, kỷ luật của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình; chấp hành nghiêm pháp luật của Nhà nước và quy định của cơ quan, đơn vị. Tuyệt đối chấp hành sự phân công của tổ chức, yên tâm công tác và hoàn thành tốt mọi nhiệm vụ được giao.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 4, '1.4',
    'Có tinh thần tự giác, trách nhiệm cao trong nghiên cứu, học tập chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, các nghị quyết, chỉ thị của Đảng và các chương trình bồi dưỡng, cập nhật kiến thức mới nhằm nâng cao trình độ về mọi mặt, đáp ứng yêu cầu, nhiệm vụ.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 5, '1.5',
    'Có phẩm chất đạo đức, lối sống trong sáng, trung thực, khiêm tốn, chân thành, giản dị; cần, kiệm, liêm, chính, chí công vô tư; chấp hành nghiêm quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới, trách nhiệm nêu gương; không vi phạm Quy định về những điều đảng viên không được làm. Không né tránh công việc, chạy theo thành tích; không vi phạm đạo đức, lối sống đến mức bị xử lý kỷ luật.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 6, '1.6',
    'Không tham vọng quyền lực; không chạy chức, chạy quyền; không tham nhũng, lãng phí, cơ hội, vụ lợi, cục bộ, lợi ích nhóm; không để gia đình, người thân và người khác lợi dụng chức vụ, vị trí công tác để trục lợi. Không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện "tự diễn biến", "tự chuyển hoá" trong nội bộ. Kiên quyết đấu tranh chống quan liêu, cửa quyền, tham nhũng, xa hoa, lãng phí, tiêu cực, chủ nghĩa cá nhân, lối sống cơ hội, thực dụng, bè phái, lợi ích nhóm, nói không đi đôi với làm.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 7, '1.7',
    'Có uy tín cao, tiêu biểu về phẩm chất đạo đức và phong cách công tác; là trung tâm đoàn kết, thương yêu đồng chí, đồng nghiệp.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 8, '1.8',
    'Có tinh thần chủ động, đổi mới sáng tạo; phấn đấu vì mục tiêu phát triển của cơ quan, đơn vị, đóng góp vào mục tiêu chung của đất nước.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 9, '1.9',
    'Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định. Báo cáo đầy đủ, trung thực, cung cấp thông tin chính xác, khách quan về những nội dung liên quan đến việc thực hiện chức trách, nhiệm vụ được giao và hoạt động của cơ quan, tổ chức, đơn vị với cấp trên khi được yêu cầu.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 1;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 1, '2.1',
    'Có tư duy đổi mới, tầm nhìn chiến lược, khả năng lãnh đạo, chỉ đạo thích ứng với sự phát triển của thời đại và xu thế toàn cầu hoá; phương pháp làm việc khoa học, nhạy bén chính trị; có năng lực cụ thể hoá trong lãnh đạo, chỉ đạo cơ quan, đơn vị thực hiện và hoàn thành tốt chức năng, nhiệm vụ được giao.',
    1
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 2;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 2, '2.2',
    'Luôn bám sát thực tiễn, có nhiều cách làm hay, sáng tạo, đạt hiệu quả cao trong lãnh đạo, chỉ đạo, tổ chức thực hiện nhiệm vụ; xây dựng cấp ủy, tổ chức đảng trong sạch, vững mạnh, cơ quan, đơn vị vững mạnh toàn diện.',
    1
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 2;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 3, '2.3',
    'Nói đi đôi với làm, dám nghĩ, dám làm, dám chịu trách nhiệm, dám đột phá vì lợi ích chung. Có khả năng phân tích, dự báo tình hình, phát hiện những khó khăn, bất cập, thời cơ, thuận lợi trong thực tiễn; đề xuất hoặc quyết định những giải pháp phù hợp, kịp thời, hiệu quả.',
    1
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 2;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 4, '2.4',
    'Có khát vọng phấn đấu, cống hiến; có khả năng quy tụ và phát huy được sức mạnh của tập thể, cá nhân trong cơ quan, đơn vị và các cơ quan, đơn vị có liên quan.',
    1
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 2;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 1, '3.1',
    'Chủ động, nghiêm túc thực hiện tự phê bình và phê bình, có tinh thần cầu thị và tiếp thu phản biện, góp ý.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 3;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 2, '3.2',
    'Có kế hoạch rõ ràng và quyết liệt trong khắc phục hạn chế, khuyết điểm đã được chỉ ra.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 3;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 3, '3.3',
    'Kết quả khắc phục hoàn thành từ > 80% nội dung, có tiến bộ rõ, được tổ chức đánh giá tốt; không để tái diễn tồn tại.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 3;
insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select g.id, 4, '3.4',
    'Tự soi, tự sửa trên tinh thần trách nhiệm chính trị cao, không né tránh, không đổ lỗi.',
    2
from scheme_criterion_group g join evaluation_scheme s on s.id = g.scheme_id
where s.code = 'AG-02-HD-TU-2026' and g.group_number = 3;

insert into scheme_axis (scheme_id, axis_number, title, default_max_points)
select id, 1, 'Thực hiện các mục tiêu và nhiệm vụ chính trị được giao', 30 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_axis (scheme_id, axis_number, title, default_max_points)
select id, 2, 'Việc cụ thể hóa, triển khai thực hiện các chương trình, đề án, kế hoạch, quy định', 15 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_axis (scheme_id, axis_number, title, default_max_points)
select id, 3, 'Việc phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 10 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_axis (scheme_id, axis_number, title, default_max_points)
select id, 4, 'Việc xây dựng đảng và hệ thống chính trị trong sạch, vững mạnh; giữ gìn đoàn kết, thống nhất nội bộ; phòng, chống tham nhũng, lãng phí, tiêu cực', 5 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_axis (scheme_id, axis_number, title, default_max_points)
select id, 5, 'Việc phát triển văn hóa, con người, bảo đảm an sinh xã hội, nâng cao đời sống nhân dân', 5 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_axis (scheme_id, axis_number, title, default_max_points)
select id, 6, 'Việc củng cố quốc phòng, an ninh, giữ vững ổn định chính trị - xã hội, nâng cao hiệu quả đối ngoại và hội nhập quốc tế', 5 from evaluation_scheme where code = 'AG-02-HD-TU-2026';

-- §4 Bước 1 and Mẫu 01: "Chậm nhất đến ngày 25 tháng cuối của quý trước"; Mẫu 03: "gửi về … trước ngày 30 tháng
-- cuối của mỗi quý"; Bước 5: report "trước ngày 30 tháng cuối của mỗi quý", upwards "trước ngày 05 tháng đầu quý tiếp theo".
insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
select id, 'PLAN', 'PREVIOUS_QUARTER_LAST_MONTH', 25, true from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
select id, 'SELF_ASSESSMENT', 'QUARTER_LAST_MONTH', 30, false from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
select id, 'REPORT', 'QUARTER_LAST_MONTH', 30, false from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
select id, 'REPORT_UPWARD', 'NEXT_QUARTER_FIRST_MONTH', 5, false from evaluation_scheme where code = 'AG-02-HD-TU-2026';

-- Only quarters I–III are rated; quarter IV folds into the year-end rating (seed 000 §I.2.2, seed 002 §5).
insert into scheme_rated_quarter (scheme_id, rated_quarter) select id, 1 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_rated_quarter (scheme_id, rated_quarter) select id, 2 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_rated_quarter (scheme_id, rated_quarter) select id, 3 from evaluation_scheme where code = 'AG-02-HD-TU-2026';

-- Phụ lục 2 worked example: 0,75 (phải sửa đổi, chậm tiến độ), 1 (đạt yêu cầu), 1,2 (vượt yêu cầu).
insert into scheme_allowed_factor (scheme_id, factor_value) select id, 0.75 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_allowed_factor (scheme_id, factor_value) select id, 1 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
insert into scheme_allowed_factor (scheme_id, factor_value) select id, 1.2 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
