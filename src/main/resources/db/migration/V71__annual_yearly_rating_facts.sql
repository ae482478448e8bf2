-- The facts the annual rating engine (vn.danhgia.rules.annual.AnnualRatingEngine) reads, stored on the yearly rating
-- with where each came from, so the suggestion and its reasons can be worked out again as they were (issue 13 §5):
-- the subject's track under the national texts (party member, công chức, viên chức, worker, collective); the year's
-- points on the 100-point frame (SELF_REVIEW: the leader's submitted self-score; QUARTERS: the mean of the submitted
-- quarterly totals; ENTERED: typed in by the proposer or the personnel office); the year's task counts (QUARTERS:
-- summed over the quarters' submitted self-assessments; ENTERED); discipline (the heaviest form), degradation and
-- corruption in a unit under the person's charge, entered (no other source holds them); the level of the collective
-- the person heads (the cap, seed 004 §VII.2) and the cadre level a party-member rating rests on (seed 004 §VII.1).
alter table yearly_rating add column subject_track varchar(30);
alter table yearly_rating add column points numeric(5, 2);
alter table yearly_rating add column points_source varchar(20);
alter table yearly_rating add column tasks_assigned integer;
alter table yearly_rating add column tasks_done integer;
alter table yearly_rating add column tasks_beyond integer;
alter table yearly_rating add column tasks_late integer;
alter table yearly_rating add column tasks_rework integer;
alter table yearly_rating add column tasks_source varchar(20);
alter table yearly_rating add column discipline varchar(30);
alter table yearly_rating add column degradation boolean default false not null;
alter table yearly_rating add column corruption varchar(40);
alter table yearly_rating add column headed_level varchar(20);
alter table yearly_rating add column cadre_level varchar(20);
alter table yearly_rating add column cadre_level_provisional boolean default false not null;
alter table yearly_rating add constraint ck_yearly_rating_facts check (
    (points is null or (points >= 0 and points <= 100))
    and (points_source is null or points_source in ('SELF_REVIEW', 'QUARTERS', 'ENTERED'))
    and (tasks_source is null or tasks_source in ('QUARTERS', 'ENTERED'))
    and (tasks_assigned is null or (tasks_done between 0 and tasks_assigned and tasks_beyond between 0 and tasks_done
        and tasks_late between 0 and tasks_done and tasks_rework between 0 and tasks_done)));
