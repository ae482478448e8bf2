/**
 * The scoring and rating rules (quy tắc chấm điểm, xếp loại) in plain Java: no Spring, JPA or servlet types,
 * so they can be tested exhaustively and reused by every module and by other systems through the API.
 * Each rule class names the seed section or national text it comes from. Every module may depend on it;
 * it depends on nothing but the JDK (checked by {@code RulesPurityTests}).
 *
 * <h2>How a task counts ({@link vn.danhgia.rules.quarterly.TaskConditionPolicy})</h2>
 * Shares are by number of tasks over all axes (seed 000 §III.3: "ít nhất 30% số nhiệm vụ", "số nhiệm vụ chưa bảo đảm
 * tiến độ không vượt quá 20%"); thresholds come from {@link vn.danhgia.rules.RatingRules}.
 * <ul>
 *   <li>Done: done quantity ≥ planned quantity (seed 000 §III.3 "hoàn thành 100% nhiệm vụ được giao").</li>
 *   <li>Beyond requirement: done, and quality or timeliness factor &gt; {@code beyondFactorAbove} (default 1), since
 *       seed 002 Phụ lục 2 §2(i) records work beyond the plan "trong việc chấm điểm KPI về tiến độ, chất lượng".</li>
 *   <li>Late: timeliness factor &lt; {@code shortfallFactorBelow} (default 1; seed 002 Phụ lục 2 §2(ii) "chậm tiến
 *       độ", 0,75 in the worked example). Needs rework: quality factor &lt; the same threshold ("phải điều chỉnh, bổ
 *       sung, sửa đổi"). Both are counted among done tasks only: an undone task already fails the done check.</li>
 * </ul>
 *
 * <h2>Levels ({@link vn.danhgia.rules.quarterly.RatingEngine})</h2>
 * The level is the lowest of:
 * <ul>
 *   <li>the points band: ≥ 90 EXCELLENT, 70 to &lt; 90 GOOD, 50 to &lt; 70 COMPLETED, &lt; 50 NOT_COMPLETED
 *       (Quy định 366-QĐ/TW Điều 11), on the total as Mẫu 03 prints it (two decimals, half-up from the exact
 *       value), the figure its message quotes; skipped in a conditions-only scheme (seed 000);</li>
 *   <li>the task conditions (seed 000 §III.3.1–3.3): EXCELLENT = all done, ≥ 30 % beyond requirement and GOOD's
 *       conditions; GOOD = all done, none late, none needing rework; COMPLETED = all done, late ≤ 20 %; otherwise
 *       NOT_COMPLETED. Under 100 % done is NOT_COMPLETED unless the authority confirmed a force majeure (seed 002
 *       §6.1), which removes the undone tasks from the count; when it excused every task, at most COMPLETED and
 *       left to deferral (§7 d) or the authority;</li>
 *   <li>for a leader, the led unit's conditions for EXCELLENT and GOOD, and for EXCELLENT the shortcomings pointed
 *       out earlier remedied (Quy định 366-QĐ/TW Điều 11);</li>
 *   <li>the veto events of the quarter (seed 000 §III.3.4 a–c) with their exemptions;</li>
 *   <li>the collective: under 70 % of its targets (force majeure excluded) its head is NOT_COMPLETED and its deputies
 *       and members not EXCELLENT (seed 002 §6.3, {@link vn.danhgia.rules.quarterly.CollectiveShortfall}); the head
 *       never above the collective's level (seed 004 §VII.2, {@link vn.danhgia.rules.HeadCappedByCollective}, shared
 *       with the yearly engine, which also knows the chi bộ tổ dân phố exception).</li>
 * </ul>
 * Quota: {@link vn.danhgia.rules.quota.ExcellentQuota} and {@link vn.danhgia.rules.quota.ExcellentRanking} (seed 000
 * §III.3.1, seed 002 §6.1). Year-end: {@link vn.danhgia.rules.yearend.YearEndReview} (seed 002 §5).
 *
 * <h2>Where the rules live</h2>
 * This package holds the vocabulary every rule speaks: levels, reasons and their codes, the texts they cite, exact
 * fractions, the rating rules' thresholds, and the one rule both the quarter's and the year's engines apply, the head
 * never above the collective ({@link vn.danhgia.rules.HeadCappedByCollective}). The rules are grouped by what they
 * decide, each in a subpackage: {@code quarterly} (the score sheet, task conditions, vetoes and the quarter's suggested
 * level), {@code quota} (the EXCELLENT places of a group), {@code council} (a council's vote), {@code yearend} (the
 * year read from the quarters: caps, preferences, replacement alerts), {@code annual} (the yearly rating and its
 * dossier) and {@code emulation} (emulation titles). The vocabulary depends on none of them and they form no cycle
 * ({@code RulesPurityTests}). The module is open so that every module may use any of them as it uses this package.
 * This annotation is the module's only non-JDK reference: it is metadata read by Spring Modulith's checks, and the
 * purity tests leave package-info out.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.danhgia.rules;
