package vn.danhgia.annual.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.danhgia.annual.ReviewAttendeeCapacity;

/** Someone on a review meeting's attendance list (thành phần tham dự), present or absent. */
@Entity
@Table(name = "annual_review_attendee")
class MeetingAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cadre_id", updatable = false)
    private Long cadreId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewAttendeeCapacity capacity;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "absence_note")
    private String absenceNote;

    protected MeetingAttendee() {
    }

    MeetingAttendee(Long cadreId, String fullName, ReviewAttendeeCapacity capacity, boolean present) {
        this.cadreId = cadreId;
        this.fullName = fullName;
        this.capacity = capacity;
        this.present = present;
    }

    void record(boolean present, String note) {
        this.present = present;
        this.absenceNote = present || note == null || note.isBlank() ? null : note.strip();
    }

    Long id() {
        return id;
    }

    Long cadreId() {
        return cadreId;
    }

    String fullName() {
        return fullName;
    }

    ReviewAttendeeCapacity capacity() {
        return capacity;
    }

    boolean present() {
        return present;
    }

    String absenceNote() {
        return absenceNote;
    }
}
