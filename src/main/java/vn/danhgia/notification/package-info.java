/**
 * Notifications (thông báo, nhắc hạn): deadline reminders from each scheme's calendar, stored as in-app notifications
 * and sent by e-mail, and the page and API where a person reads them. The reminder job runs once a day and, through a
 * lock on the database (ShedLock), once across all instances. Reads plans, self-assessments, appraisals, councils and
 * quarter ratings with SQL, as reporting does, so it depends on none of planning, assessment and review.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "scheme", "platform"})
package vn.danhgia.notification;
