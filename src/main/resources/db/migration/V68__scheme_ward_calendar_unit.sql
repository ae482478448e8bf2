-- Seed 004 (Kế hoạch số 79-KH/ĐU of an Đảng ủy phường) applied to the demo ward, Đảng bộ phường Nguyễn Nghiêm (unit
-- code P-NN, its cells included): V65 shipped the calendar for no unit, so /annual/progress showed no steps for the
-- ward. Administrators change the mapping on /admin/schemes like any other.
insert into annual_calendar_unit (calendar_id, unit_code)
select id, 'P-NN' from annual_calendar where code = 'DU-PHUONG-79-KH'
  and not exists (select 1 from annual_calendar_unit u where u.calendar_id = annual_calendar.id and u.unit_code = 'P-NN');
