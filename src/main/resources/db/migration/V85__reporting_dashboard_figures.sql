-- Issue 15 §2: the dashboard's figures kept per unit and quarter, so a province's page reads a few thousand rows
-- instead of every rating and self-assessment. DashboardFigures recomputes a unit-quarter's rows from the source rows
-- in the same transaction as the change (after locking its dashboard_unit_quarter row); DashboardFigures.check
-- rebuilds them all from the source rows and compares. No foreign keys: a unit's rows go when it is recomputed empty.

-- One row per unit and quarter with figures: the row a recompute locks, so two recomputes of it run one after another.
create table dashboard_unit_quarter (
    unit_id        bigint  not null,
    period_year    integer not null,
    period_quarter integer not null,
    recomputed     bigint  not null default 0,
    primary key (unit_id, period_year, period_quarter)
);

-- Live (not cancelled) decided ratings per unit, quarter and decided level.
create table dashboard_level_count (
    unit_id        bigint      not null,
    period_year    integer     not null,
    period_quarter integer     not null,
    decided_level  varchar(20) not null,
    rated          bigint      not null,
    primary key (unit_id, period_year, period_quarter, decided_level)
);
create index ix_dashboard_level_count_quarter on dashboard_level_count (period_year, period_quarter);

-- The same per self-proposed level ('NONE': proposed none) and decided level.
create table dashboard_outlier_count (
    unit_id        bigint      not null,
    period_year    integer     not null,
    period_quarter integer     not null,
    proposed_level varchar(20) not null,
    decided_level  varchar(20) not null,
    rated          bigint      not null,
    primary key (unit_id, period_year, period_quarter, proposed_level, decided_level)
);
create index ix_dashboard_outlier_count_quarter on dashboard_outlier_count (period_year, period_quarter);

-- Submitted self-assessments per unit, quarter and band of the total (the appraised one once appraised).
create table dashboard_score_count (
    unit_id        bigint      not null,
    period_year    integer     not null,
    period_quarter integer     not null,
    band           varchar(20) not null,
    scored         bigint      not null,
    primary key (unit_id, period_year, period_quarter, band)
);
create index ix_dashboard_score_count_quarter on dashboard_score_count (period_year, period_quarter);

insert into dashboard_unit_quarter (unit_id, period_year, period_quarter)
select unit_id, period_year, period_quarter from quarter_rating
union
select unit_id, period_year, period_quarter from self_assessment;

insert into dashboard_level_count (unit_id, period_year, period_quarter, decided_level, rated)
select unit_id, period_year, period_quarter, decided_level, count(*)
from quarter_rating
where status <> 'CANCELLED' and decided_level is not null
group by unit_id, period_year, period_quarter, decided_level;

insert into dashboard_outlier_count (unit_id, period_year, period_quarter, proposed_level, decided_level, rated)
select unit_id, period_year, period_quarter, proposed_level, decided_level, count(*)
from (select unit_id, period_year, period_quarter, coalesce(self_proposed_level, 'NONE') as proposed_level,
             decided_level
      from quarter_rating
      where status <> 'CANCELLED' and decided_level is not null) live
group by unit_id, period_year, period_quarter, proposed_level, decided_level;

-- The bands of ScoreBand: below 50, then 50, 60, 70, 80, 90 (each up to the next) and 100 or more.
insert into dashboard_score_count (unit_id, period_year, period_quarter, band, scored)
select unit_id, period_year, period_quarter, band, count(*)
from (select unit_id, period_year, period_quarter,
             case when score < 50 then 'BELOW_50' when score < 60 then 'FROM_50' when score < 70 then 'FROM_60'
                  when score < 80 then 'FROM_70' when score < 90 then 'FROM_80' when score < 100 then 'FROM_90'
                  else 'FROM_100' end as band
      from (select sa.unit_id, sa.period_year, sa.period_quarter,
                   coalesce(case when ap.status = 'COMPLETED' then ap.appraised_total end, sa.submitted_total) as score
            from self_assessment sa
            left join appraisal ap on ap.self_assessment_id = sa.id
            where sa.status = 'SUBMITTED') scores
      where score is not null) banded
group by unit_id, period_year, period_quarter, band;
