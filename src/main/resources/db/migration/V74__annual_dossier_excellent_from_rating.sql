-- Seed 003 §2.1 a (11): whether a person's dossier needs the evidence for EXCELLENT now follows their yearly rating
-- (proposed or decided EXCELLENT); the flag kept by hand on the dossier is dropped so the two cannot disagree.
alter table annual_dossier drop column excellent_proposed;
