-- Issue 13 §1, one rating pipeline for every period: a complaint (khiếu nại, kiến nghị) is about an announced rating of
-- a quarter or of a year, handled by the one workflow (filed by the rated cadre within the scheme's window, assigned
-- and answered by the inspection committee, seed 000 §IV.4; upheld, the rating is cancelled and rated again, seed 000
-- §II.2). The rating is named by its kind and id: QUARTERLY ratings live in quarter_rating, YEARLY ones in
-- yearly_rating, so rating_id can no longer reference one table. The period is its kind, year and quarter (or half);
-- a year has no quarter.
alter table complaint add column rating_kind varchar(20) default 'QUARTERLY' not null;
alter table complaint add column period_kind varchar(20) default 'QUARTER' not null;
alter table complaint alter column rating_kind drop default;
alter table complaint alter column period_kind drop default;

-- The foreign key to quarter_rating was created without a name (V12), so H2 and PostgreSQL named it differently:
-- the column is replaced, which drops the key and its index on both.
alter table complaint add column rated_id bigint;
update complaint set rated_id = rating_id;
alter table complaint drop column rating_id;
drop index if exists ix_complaint_rating;
alter table complaint rename column rated_id to rating_id;
alter table complaint alter column rating_id set not null;
create index ix_complaint_rating on complaint (rating_kind, rating_id);

alter table complaint alter column period_quarter drop not null;
alter table complaint add constraint ck_complaint_rating_kind check (rating_kind in ('QUARTERLY', 'YEARLY'));
alter table complaint add constraint ck_complaint_period check (
    (period_kind = 'QUARTER' and period_quarter between 1 and 4)
    or (period_kind = 'HALF_YEAR' and period_quarter between 1 and 2)
    or (period_kind = 'YEAR' and period_quarter is null));

-- The yearly complaints (V55) join them: filed, upheld or rejected as they were; one still filed waits for the
-- inspection committee to assign it. A yearly complaint was only ever filed by the rated cadre, so each has a cadre.
insert into complaint (rating_kind, rating_id, cadre_id, unit_id, period_kind, period_year, period_quarter,
                       complaint_text, filed_by, filed_at, status, answer, answered_by, answered_at, version)
select 'YEARLY', y.rating_id, r.cadre_id, r.unit_id, 'YEAR', r.rating_year, null,
       y.complaint_text, y.filed_by, y.filed_at, y.status, y.answer, y.answered_by, y.answered_at, y.version
from yearly_complaint y join yearly_rating r on r.id = y.rating_id
where r.cadre_id is not null
order by y.id;
drop table yearly_complaint;
