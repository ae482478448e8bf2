/**
 * Notifications (thông báo, nhắc hạn): deadline reminders from each scheme's calendar, stored as in-app notifications
 * and sent by e-mail, and the page and API where a person reads them. The reminder job runs once a day and, through a
 * lock on the database (ShedLock), once across all instances. Reads plans, self-assessments, appraisals, councils and
 * quarter ratings with SQL, as reporting does, so it depends on neither planning nor assessment. Tells each rated
 * cadre when their quarter's rating is announced ({@link vn.danhgia.review.RatingsAnnounced}), the one thing it takes
 * from review's public API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "scheme", "planning", "assessment", "review",
        "platform"})
package vn.danhgia.notification;
