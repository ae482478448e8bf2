/**
 * The EXCELLENT places of a peer group (seed 000 §III.3.1, seed 002 §6.1): how many a group has
 * ({@link vn.danhgia.rules.quota.ExcellentQuota}), who takes them ({@link vn.danhgia.rules.quota.ExcellentRanking}) and
 * the head of a unit counted outside its own quota ({@link vn.danhgia.rules.quota.HeadOutsideOwnUnitQuota}).
 */
package vn.danhgia.rules.quota;
