-- The review meeting of issue 14 §4 is touched by every change to it or to one of its nominations, so its version
-- goes up with each vote: of two votes recorded at once (which could both pass the cap of Chiến sĩ thi đua cơ sở)
-- only the first is kept, and the page always holds the version to send back.
alter table emulation_review add column changed_at timestamp with time zone;
