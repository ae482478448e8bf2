/**
 * Notifications (thông báo, nhắc hạn): deadline reminders from each scheme's calendar, stored as in-app notifications
 * and sent by e-mail, and the page and API where a person reads them. The reminder job runs once a day and, through a
 * lock on the database (ShedLock), once across all instances. Reads plans, self-assessments, appraisals, councils and
 * quarter ratings with SQL, as reporting does, so it depends on neither planning nor assessment. Tells each rated
 * cadre when their quarter's rating is announced ({@link vn.danhgia.publication.RatingsAnnounced}) and each rated person
 * when their yearly rating is ({@link vn.danhgia.annual.YearlyRatingsAnnounced}); from the rating pipeline's modules
 * (appraisal, council, decision, publication, annual) it takes only their events and what those name.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "scheme", "planning",
        "assessment", "appraisal", "council", "decision", "publication", "annual", "platform", "rules"})
package vn.danhgia.notification;
