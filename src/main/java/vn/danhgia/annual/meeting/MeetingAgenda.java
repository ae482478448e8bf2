package vn.danhgia.annual.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewSubject;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.rules.annual.ReviewOrder.Rank;
import vn.danhgia.rules.annual.ReviewOrder.Track;

/**
 * Who is reviewed at a meeting, in review order (seed 003 §I.2; seed 004 §II.2): the collective first (a party
 * cell, a leadership collective, the key cadres' conference's leadership collective; a department has none), then the
 * people holding a post in the place on the meeting's day, the head before the deputies before the members, by
 * Vietnamese name within a rank. A person with several posts there is listed once, at the highest rank.
 * <p>
 * Until the membership module says where each party member is active, the place's posts stand for its members.
 */
@Component
class MeetingAgenda {

    private static final Set<UnitKind> PARTY_UNITS = Set.of(UnitKind.PARTY_CELL, UnitKind.PARTY_COMMITTEE);

    private final OrganizationQueries organization;

    MeetingAgenda(OrganizationQueries organization) {
        this.organization = organization;
    }

    record Line(ReviewSubject subject, String name, String title, Rank rank, Track track) {
    }

    List<Line> of(UnitView place, ReviewMeetingKind kind, LocalDate day) {
        Track track = kind == ReviewMeetingKind.PARTY_CELL
                || kind == ReviewMeetingKind.COLLECTIVE && PARTY_UNITS.contains(place.kind())
                ? Track.PARTY : Track.CIVIL_SERVICE;
        List<Line> lines = new ArrayList<>();
        if (kind != ReviewMeetingKind.DEPARTMENT) {
            lines.add(new Line(ReviewSubject.collective(place.id().value()), place.name(), "", null, track));
        }
        Map<Long, CadreWithPosition> people = new LinkedHashMap<>();
        for (CadreWithPosition post : organization.cadresWithPositions(day)) {
            if (post.unitId().equals(place.id())) {
                people.merge(post.cadreId().value(), post,
                        (held, other) -> other.rank().ordinal() < held.rank().ordinal() ? other : held);
            }
        }
        people.values().stream()
                .sorted(Comparator.comparing((CadreWithPosition post) -> post.rank().ordinal())
                        .thenComparing(post -> VietnameseText.nameSortKey(post.fullName())))
                .forEach(post -> lines.add(new Line(ReviewSubject.cadre(post.cadreId().value()), post.fullName(),
                        post.positionTitle(), rank(post.rank()),
                        track == Track.PARTY || post.track() == PositionTrack.PARTY ? Track.PARTY : track)));
        return lines;
    }

    private static Rank rank(PositionRank rank) {
        return switch (rank) {
            case HEAD -> Rank.HEAD;
            case DEPUTY -> Rank.DEPUTY;
            case MEMBER -> Rank.MEMBER;
        };
    }
}
