-- The attendance of a vote session (issue 12): the chair or the secretary records each member present or absent, and
-- the quorum (seed 000 §III.4) counts the members recorded present instead of those who happened to vote. Sessions
-- held before attendance was recorded keep their minutes: their members who voted are taken as present.
-- The session keeps whether its scheme asked for a secret ballot when it was opened, so that changing the scheme
-- during the vote never reveals a running tally.
alter table vote_session add column secret_ballot boolean default false not null;

create table vote_session_attendance (
    session_id bigint  not null references vote_session (id),
    cadre_id   bigint  not null references org_cadre (id),
    present    boolean not null,
    primary key (session_id, cadre_id)
);

insert into vote_session_attendance (session_id, cadre_id, present)
select distinct session_id, voter_cadre_id, true from vote;
