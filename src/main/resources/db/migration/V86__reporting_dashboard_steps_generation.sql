-- Issue 15 §2: a generation per unit, raised in the same transaction as every change to what the dashboard's steps
-- count for the cadres posted in the unit (their plans, self-assessments, appraisals, ratings, deferrals and extensions
-- of a deadline) and to the unit's postings and positions. DashboardStepsCache serves a steps count computed from the
-- source rows only while the generations of its units are still those it was computed under. No foreign key, as for
-- the kept figures of V85: a row of a unit that is gone is never read.
create table dashboard_steps_generation (
    unit_id    bigint not null primary key,
    generation bigint not null default 0
);
