-- Whether the scheme asks the council to vote by secret ballot (bỏ phiếu kín, issue 12): then nobody, the secretary
-- included, sees the running tally of a vote session until it is closed. Neither seed asks for one: seed 000 §III.4
-- and seed 002 §4 Bước 3 speak of "bỏ phiếu biểu quyết" only, so both shipped schemes keep an open tally.
alter table evaluation_scheme add column secret_ballot boolean default false not null;
