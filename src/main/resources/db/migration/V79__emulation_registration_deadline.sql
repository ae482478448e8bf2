-- The emulation registration step (đăng ký thi đua, seed 003 §III.1: "từ đầu năm") in every annual calendar. The plan
-- names no day; 31/01 (still in time on that day) is our default, which administrators change on /admin/schemes.
insert into annual_calendar_step (calendar_id, step, month_of_year, day_of_month, inclusive, addressee)
select c.id, 'EMULATION_REGISTRATION', 1, 31, true, null from annual_calendar c
where not exists (select 1 from annual_calendar_step s
                  where s.calendar_id = c.id and s.step = 'EMULATION_REGISTRATION');

-- Import kinds are stored by name: EMULATION_REGISTRATIONS (issue 14) is longer than the 20 characters V18 allowed.
alter table import_upload alter column kind set data type varchar(40);
