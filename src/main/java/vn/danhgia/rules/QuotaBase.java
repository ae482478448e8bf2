package vn.danhgia.rules;

/**
 * What "20 % of those rated GOOD" counts (seed 000 §III.3.1, seed 002 §6.1): the pool that qualifies for GOOD or
 * better (including those then made EXCELLENT; the shipped default), or only those finally rated GOOD.
 */
public enum QuotaBase {
    GOOD_OR_BETTER_POOL,
    FINALLY_GOOD
}
