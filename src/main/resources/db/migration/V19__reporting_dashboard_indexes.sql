-- The dashboard reads one quarter's ratings for the whole scope (levels per unit, self-proposed against decided, the
-- people behind a number): without this index both databases read every quarter's ratings (240,000 in the load
-- harness, bench/dashboard) to keep one quarter's 20,000.
create index ix_quarter_rating_period on quarter_rating (period_year, period_quarter);
