package vn.danhgia.annual.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewSubject;
import vn.danhgia.membership.CollectiveSubject;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.Reviewee;
import vn.danhgia.membership.Seat;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.rules.annual.ReviewOrder.Rank;
import vn.danhgia.rules.annual.ReviewOrder.Track;

/**
 * Who is reviewed at a meeting, in review order (seed 003 §I.2; seed 004 §II.2): the collective first (a party
 * cell, a leadership collective, the key cadres' conference's leadership collective; a department has none), then its
 * seats from the membership module, the head before the deputies before the members, by Vietnamese name within a
 * rank. At a cell, every party member active there follows (seed 004 §II.2.1.1 "Đảng viên kiểm điểm ở chi bộ nơi sinh
 * hoạt"), those not reviewed with their reason (seed 004 §II.1). A department lists the people holding a post in it.
 */
@Component
class MeetingAgenda {

    private static final Set<UnitKind> PARTY_UNITS = Set.of(UnitKind.PARTY_CELL, UnitKind.PARTY_COMMITTEE);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OrganizationQueries organization;
    private final ReviewSubjects subjects;
    private final MessageSource messages;

    MeetingAgenda(OrganizationQueries organization, ReviewSubjects subjects, MessageSource messages) {
        this.organization = organization;
        this.subjects = subjects;
        this.messages = messages;
    }

    /** The day a member's not-reviewed reason names, from their party membership; null without one. */
    LocalDate since(Long cadreId, NotReviewedReason reason) {
        if (cadreId == null) {
            return null;
        }
        return subjects.membership(new CadreId(cadreId)).map(membership -> membership.since(reason)).orElse(null);
    }

    /** A line of the agenda; {@code notReviewed} is set for a party member left out this year. */
    record Line(ReviewSubject subject, String name, String title, Rank rank, Track track,
                NotReviewedReason notReviewed) {
    }

    List<Line> of(UnitView place, ReviewMeetingKind kind, LocalDate day) {
        Track track = kind == ReviewMeetingKind.PARTY_CELL
                || kind == ReviewMeetingKind.COLLECTIVE && PARTY_UNITS.contains(place.kind())
                ? Track.PARTY : Track.CIVIL_SERVICE;
        List<Line> lines = new ArrayList<>();
        Map<Long, Line> people = new LinkedHashMap<>();
        if (kind == ReviewMeetingKind.DEPARTMENT) {
            postsIn(place, day, track, people);
        } else {
            Optional<CollectiveSubject> collective = subjects.collective(place.id(), day);
            lines.add(new Line(ReviewSubject.collective(place.id().value()),
                    collective.map(CollectiveSubject::name).orElse(place.name()), "", null, track, null));
            collective.ifPresent(found -> found.members().stream()
                    .sorted(Comparator.comparing((Seat seat) -> seat.rank().ordinal())
                            .thenComparing(seat -> VietnameseText.nameSortKey(seat.fullName())))
                    .forEach(seat -> people.putIfAbsent(seat.cadre().value(), new Line(
                            ReviewSubject.cadre(seat.cadre().value()), seat.fullName(), seat.positionTitle(),
                            rank(seat.rank()), track, null))));
        }
        if (kind == ReviewMeetingKind.PARTY_CELL) {
            String member = messages.getMessage("annual.meeting.title.partyMember", null, VIETNAMESE);
            for (Reviewee reviewee : subjects.revieweesUnder(place.id(), day)) {
                if (!place.id().equals(reviewee.cell())) {
                    continue;
                }
                Line seat = people.get(reviewee.cadre().value());
                if (seat == null) {
                    people.put(reviewee.cadre().value(), new Line(ReviewSubject.cadre(reviewee.cadre().value()),
                            reviewee.fullName(), member, Rank.MEMBER, Track.PARTY, reviewee.notReviewed()));
                } else if (reviewee.notReviewed() != null) {
                    people.put(reviewee.cadre().value(), new Line(seat.subject(), seat.name(), seat.title(),
                            seat.rank(), seat.track(), reviewee.notReviewed()));
                }
            }
        }
        people.values().stream()
                .sorted(Comparator.comparing((Line line) -> line.rank().ordinal())
                        .thenComparing(line -> VietnameseText.nameSortKey(line.name())))
                .forEach(lines::add);
        return lines;
    }

    private void postsIn(UnitView place, LocalDate day, Track track, Map<Long, Line> people) {
        Map<Long, CadreWithPosition> posts = new LinkedHashMap<>();
        for (CadreWithPosition post : organization.cadresWithPositionsIn(List.of(place.id()), day)) {
            posts.merge(post.cadreId().value(), post,
                    (held, other) -> other.rank().ordinal() < held.rank().ordinal() ? other : held);
        }
        posts.values().forEach(post -> people.put(post.cadreId().value(), new Line(
                ReviewSubject.cadre(post.cadreId().value()), post.fullName(), post.positionTitle(), rank(post.rank()),
                post.track() == PositionTrack.PARTY ? Track.PARTY : track, null)));
    }

    private static Rank rank(PositionRank rank) {
        return switch (rank) {
            case HEAD -> Rank.HEAD;
            case DEPUTY -> Rank.DEPUTY;
            case MEMBER -> Rank.MEMBER;
        };
    }
}
