-- The emulation thresholds of an annual calendar (issue 14 §3): the figures of the Luật Thi đua, khen thưởng 2022 and
-- NĐ 98/2023 that a province or ministry may read differently (DOMAIN-annual.md §5.5–5.6). One row per calendar, made
-- when an administrator first saves them on /admin/schemes/annual/{code}/emulation; a calendar without a row, and a
-- unit without a calendar, follows the law's values (EmulationThresholds.defaults()). A share is a whole percentage,
-- "more than" (Điều 28: "trên 50 %") or "at least" (Điều 27: "từ 70 %"); the share of Chiến sĩ thi đua cơ sở may
-- have decimals.

create table emulation_settings (
    calendar_id                          bigint       not null primary key references annual_calendar (id),
    advanced_worker_min_level            varchar(20)  not null,
    min_months_worked                    integer      not null,
    max_working_days_off                 integer      not null,
    fighter_share_percent                numeric(5, 2) not null,
    fighter_share_rounding               varchar(10)  not null,
    provincial_fighter_chain             integer      not null,
    national_fighter_chain               integer      not null,
    certificate_good_years               integer      not null,
    provincial_merit_excellent_years     integer      not null,
    provincial_merit_initiatives         integer      not null,
    prime_minister_merit_excellent_years integer      not null,
    prime_minister_merit_initiatives     integer      not null,
    advanced_collective_percent          integer      not null,
    advanced_collective_more_than        boolean      not null,
    excellent_collective_percent         integer      not null,
    excellent_collective_more_than       boolean      not null,
    collective_discipline_bar            varchar(30)  not null,
    late_registration_blocks             boolean      not null,
    title_vote_percent                   integer      not null,
    title_vote_more_than                 boolean      not null,
    fighter_vote_percent                 integer      not null,
    fighter_vote_more_than               boolean      not null,
    high_fighter_vote_percent            integer      not null,
    high_fighter_vote_more_than          boolean      not null,
    version                              bigint       not null,
    constraint ck_emulation_settings_months check (min_months_worked between 0 and 12),
    constraint ck_emulation_settings_days_off check (max_working_days_off between 1 and 366),
    constraint ck_emulation_settings_fighter_share check (fighter_share_percent between 0 and 100),
    constraint ck_emulation_settings_runs check (provincial_fighter_chain >= 1 and national_fighter_chain >= 1
        and certificate_good_years >= 1 and provincial_merit_excellent_years >= 1
        and prime_minister_merit_excellent_years >= 1),
    constraint ck_emulation_settings_initiatives check (provincial_merit_initiatives >= 0
        and prime_minister_merit_initiatives >= 0),
    constraint ck_emulation_settings_shares check (advanced_collective_percent between 0 and 100
        and excellent_collective_percent between 0 and 100 and title_vote_percent between 0 and 100
        and fighter_vote_percent between 0 and 100 and high_fighter_vote_percent between 0 and 100)
);
