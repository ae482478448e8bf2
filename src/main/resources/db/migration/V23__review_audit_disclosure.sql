-- The review module's entries written before V22, marked as it now records them: the appraisal of a cadre's
-- self-assessment is never theirs to read; the proposals and decisions on their rating are theirs once the rating is
-- announced, so the ratings announced so far (cancelled ones had been) are released. This one-time correction is the
-- only change ever made to existing audit entries.
update audit_entry set subject_disclosure = 'NEVER'
where record_type = 'APPRAISAL' and subject_cadre_id is not null;

update audit_entry set subject_disclosure = 'ON_RELEASE'
where record_type = 'QUARTER_RATING' and subject_cadre_id is not null
  and action in ('RATING_PROPOSED', 'RATING_DECIDED', 'RATING_PROPOSED_UPWARD', 'RATING_HIGHER_DECISION_RECORDED');

insert into audit_release (record_type, record_id, released_at)
select 'QUARTER_RATING', id, coalesce(announced_at, current_timestamp)
from quarter_rating where status in ('ANNOUNCED', 'CANCELLED');
