/**
 * The emulation rules (bình xét thi đua, khen thưởng; issue 14) in plain Java: the titles and forms of reward of the
 * Luật Thi đua, khen thưởng 2022 and Nghị định 98/2023 ({@link vn.danhgia.rules.emulation.EmulationTitle}), the facts
 * of a person's or a collective's years ({@link vn.danhgia.rules.emulation.PersonYear},
 * {@link vn.danhgia.rules.emulation.CollectiveYear}), who qualifies for what with every reason
 * ({@link vn.danhgia.rules.emulation.EmulationRules}), the chains of consecutive years, the share limit of Chiến sĩ thi
 * đua cơ sở and the council's vote. Every threshold is a field of
 * {@link vn.danhgia.rules.emulation.EmulationThresholds} with the law's value as its default.
 */
package vn.danhgia.rules.emulation;
