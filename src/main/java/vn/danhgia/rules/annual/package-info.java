/**
 * The yearly rating rules (issue 13 §5) in plain Java: which national text applies by year and track
 * ({@link vn.danhgia.rules.annual.AnnualLegalBasis}: QĐ 124 → QĐ 366 for the party side, NĐ 90 → NĐ 335 for công
 * chức, NĐ 90 for viên chức), the facts of a subject's year ({@link vn.danhgia.rules.annual.AnnualCase}), the
 * suggested level with every reason ({@link vn.danhgia.rules.annual.AnnualRatingEngine}), the EXCELLENT quota
 * ({@link vn.danhgia.rules.annual.AnnualExcellentQuota}) and a leader's party level resting on the cadre level
 * ({@link vn.danhgia.rules.annual.LeaderPartyLevel}, seed 004 §VII.1), and what a year-end dossier holds
 * ({@link vn.danhgia.rules.annual.AnnualDossierChecklist}, seed 003 §2.1 a). Speaks the vocabulary of
 * {@code vn.danhgia.rules} (levels, reasons) and reuses the quarterly task conditions ({@code quarterly}), the quota
 * ({@code quota}) and the year-end review of the quarters ({@code yearend}).
 */
package vn.danhgia.rules.annual;
