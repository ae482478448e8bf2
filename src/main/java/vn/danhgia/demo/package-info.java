/**
 * Demo mode (profile {@code demo}): accounts for people of the sample organisation, one per role, so that every part of
 * the system can be tried. Their passwords are generated, printed once in the log and meant for demonstration only.
 * The quarters are placed relative to the day the demo starts (issue 12 §5): made-up results of the quarters before
 * the working quarter, with real self-assessment content scored by the engine, give the dashboard something to show,
 * the latest awaiting the authority's decisions and the one before it announced with its complaint window open; the
 * working quarter has approved plans (with extensions where its deadlines have passed) ready for self-assessment.
 * The annual review of the year (issue 13 §8) is half-way: self-reviews submitted, meetings closed or open in order,
 * yearly ratings gathered, in the Ninh Bình office and the ward of seed 004.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "platform", "platform::accounts", "scheme", "planning", "catalog",
            "assessment", "decision", "rules", "annual", "membership", "emulation"})
package vn.danhgia.demo;
