/**
 * The scoring and rating rules (quy tắc chấm điểm, xếp loại) in plain Java: no Spring, JPA or servlet types,
 * so they can be tested exhaustively and reused by every module and by other systems through the API.
 * Each rule class names the seed section or national text it comes from. Every module may depend on it;
 * it depends on nothing but the JDK (checked by {@code RulesPurityTests}).
 */
package vn.danhgia.rules;
