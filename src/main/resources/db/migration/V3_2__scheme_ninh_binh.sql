-- Seed 000: Kế hoạch triển khai công tác đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý of Đảng ủy Văn
-- phòng UBND tỉnh Ninh Bình (2026). It rates by conditions only (§III.3 gives no points), with the seeds' quota and
-- thresholds; it is not a default scheme, so inForce never picks it and it is chosen by code. Its criteria (§III.2)
-- follow the national quarterly template, so the criteria groups, axes and factors are copied from AG-02-HD-TU-2026.

insert into evaluation_scheme (code, name, legal_basis, effective_from, default_scheme, rating_method,
    excellent_min_points, good_min_points, completed_min_points, excellent_min_beyond_share,
    completed_max_late_share, beyond_factor_above, shortfall_factor_below, collective_min_completion,
    excellent_quota_share, small_unit_limit, quota_base, version)
values ('NB-VP-UBND-2026',
    'Kế hoạch triển khai công tác đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý — Đảng ủy Văn phòng UBND tỉnh Ninh Bình',
    'Kế hoạch số 34-KH/TU ngày 10/02/2026 của Ban Thường vụ Tỉnh ủy Ninh Bình về việc triển khai công tác đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý trong hệ thống chính trị tỉnh; '
        || 'Kế hoạch số 48-KH/ĐU ngày 03/3/2026 của Đảng ủy Ủy ban nhân dân tỉnh về việc triển khai công tác đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý',
    date '2026-01-01', false, 'CONDITIONS_ONLY',
    90, 70, 50, 0.30, 0.20, 1, 1, 0.70, 0.20, 5, 'GOOD_OR_BETTER_POOL', 0);

insert into scheme_criterion_group (scheme_id, group_number, title)
select nb.id, ag_group.group_number, ag_group.title
from scheme_criterion_group ag_group
         join evaluation_scheme ag on ag.id = ag_group.scheme_id and ag.code = 'AG-02-HD-TU-2026'
         cross join evaluation_scheme nb
where nb.code = 'NB-VP-UBND-2026';

insert into scheme_criterion (group_id, sort_order, code, criterion_text, max_points)
select nb_group.id, item.sort_order, item.code, item.criterion_text, item.max_points
from scheme_criterion item
         join scheme_criterion_group ag_group on ag_group.id = item.group_id
         join evaluation_scheme ag on ag.id = ag_group.scheme_id and ag.code = 'AG-02-HD-TU-2026'
         join scheme_criterion_group nb_group on nb_group.group_number = ag_group.group_number
         join evaluation_scheme nb on nb.id = nb_group.scheme_id and nb.code = 'NB-VP-UBND-2026';

insert into scheme_axis (scheme_id, axis_number, title, default_max_points)
select nb.id, axis.axis_number, axis.title, axis.default_max_points
from scheme_axis axis
         join evaluation_scheme ag on ag.id = axis.scheme_id and ag.code = 'AG-02-HD-TU-2026'
         cross join evaluation_scheme nb
where nb.code = 'NB-VP-UBND-2026';

-- §III.4: "Trước ngày 15 tháng cuối quý" (tự đánh giá), "Trước ngày 18 tháng cuối quý" (bỏ phiếu biểu quyết,
-- quyết định xếp loại), "Trước ngày 19 tháng cuối quý" (báo cáo kết quả).
insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
select id, 'SELF_ASSESSMENT', 'QUARTER_LAST_MONTH', 15, false from evaluation_scheme where code = 'NB-VP-UBND-2026';
insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
select id, 'VOTE', 'QUARTER_LAST_MONTH', 18, false from evaluation_scheme where code = 'NB-VP-UBND-2026';
insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
select id, 'DECISION', 'QUARTER_LAST_MONTH', 18, false from evaluation_scheme where code = 'NB-VP-UBND-2026';
insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
select id, 'REPORT', 'QUARTER_LAST_MONTH', 19, false from evaluation_scheme where code = 'NB-VP-UBND-2026';

-- §I.2.2: "chỉ thực hiện việc đánh giá, xếp loại đối với quý I, II, III".
insert into scheme_rated_quarter (scheme_id, rated_quarter) select id, 1 from evaluation_scheme where code = 'NB-VP-UBND-2026';
insert into scheme_rated_quarter (scheme_id, rated_quarter) select id, 2 from evaluation_scheme where code = 'NB-VP-UBND-2026';
insert into scheme_rated_quarter (scheme_id, rated_quarter) select id, 3 from evaluation_scheme where code = 'NB-VP-UBND-2026';

-- Seed 000 names no factor values; the national template's (seed 002 Phụ lục 2) apply.
insert into scheme_allowed_factor (scheme_id, factor_value)
select nb.id, factor.factor_value
from scheme_allowed_factor factor
         join evaluation_scheme ag on ag.id = factor.scheme_id and ag.code = 'AG-02-HD-TU-2026'
         cross join evaluation_scheme nb
where nb.code = 'NB-VP-UBND-2026';
