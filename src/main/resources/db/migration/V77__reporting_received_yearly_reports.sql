-- Issue 13 §7: the upward exchange carries a year's results too. A year's report is kept as quarter 0 of its year,
-- marked YEAR (the reports received before are quarters), with its counts per track (Biểu 01 collectives, Biểu 02
-- individuals) and unit as the file gives them; one report per sending body and period as before.
alter table received_report add column period_kind varchar(7) default 'QUARTER' not null;
alter table received_report drop constraint ck_received_report_quarter;
alter table received_report add constraint ck_received_report_period check (
    (period_kind = 'QUARTER' and period_quarter between 1 and 4) or (period_kind = 'YEAR' and period_quarter = 0));

create table received_report_track_unit (
    report_id     bigint        not null references received_report (id),
    sort_order    integer       not null,
    track         varchar(20)   not null,
    unit_code     varchar(60)   not null,
    unit_name     varchar(255)  not null,
    excellent     integer       not null,
    good          integer       not null,
    completed     integer       not null,
    not_completed integer       not null,
    total         integer       not null,
    constraint pk_received_report_track_unit primary key (report_id, sort_order),
    constraint ck_received_report_track_unit_track check (track in ('COLLECTIVE', 'STATE'))
);
