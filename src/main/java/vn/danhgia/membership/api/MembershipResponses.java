package vn.danhgia.membership.api;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.membership.AnnualAuthorityView;
import vn.danhgia.membership.CollectiveSeat;
import vn.danhgia.membership.PartyMembershipView;
import vn.danhgia.membership.Seat;
import vn.danhgia.membership.SubjectsOverview;

/** The API's bodies: ids as numbers, enums by name, dates ISO. */
final class MembershipResponses {

    private MembershipResponses() {
    }

    record MembershipRequest(String cell, LocalDate admittedOn, LocalDate officialOn, LocalDate exemptSince,
                             LocalDate suspendedSince, Long version) {
    }

    record Membership(long cadreId, long cellId, String cellName, LocalDate admittedOn, LocalDate officialOn,
                      LocalDate exemptSince, LocalDate suspendedSince, long version) {

        static Membership of(PartyMembershipView view) {
            return new Membership(view.cadre().value(), view.cell().value(), view.cellName(), view.admittedOn(),
                    view.officialOn(), view.exemptSince(), view.suspendedSince(), view.version());
        }
    }

    record Authority(String kind, long authorityId, String authorityName, Long recipientId, String recipientName,
                     String basis) {

        static List<Authority> of(AnnualAuthorityView view) {
            return view.entries().stream().map(entry -> new Authority(entry.kind().name(), entry.authority().value(),
                    entry.authorityName(), entry.recipient() == null ? null : entry.recipient().value(),
                    entry.recipientName(), entry.basis())).toList();
        }
    }

    record Member(long cadreId, String fullName, String positionTitle, String rank) {

        static Member of(Seat seat) {
            return new Member(seat.cadre().value(), seat.fullName(), seat.positionTitle(), seat.rank().name());
        }
    }

    record Collective(long unitId, String name, String kind, boolean residentialCell, Long headCadreId,
                      List<Member> members, List<Authority> authority) {

        static Collective of(SubjectsOverview.Collective row) {
            var subject = row.subject();
            return new Collective(subject.unit().value(), subject.name(), subject.kind().name(),
                    subject.residentialCell(), subject.head().map(seat -> seat.cadre().value()).orElse(null),
                    subject.members().stream().map(Member::of).toList(), Authority.of(row.authority()));
        }
    }

    record SeatInCollective(long unitId, String unitName, String kind, String positionTitle, String rank) {

        static SeatInCollective of(CollectiveSeat seat) {
            return new SeatInCollective(seat.unit().value(), seat.unitName(), seat.kind().name(), seat.positionTitle(),
                    seat.rank().name());
        }
    }

    record Individual(long cadreId, String fullName, boolean partyMember, boolean leader, String employmentKind,
                      Long workplaceId, String workplaceName, Long cellId, String cellName, LocalDate admittedOn,
                      boolean reviewed, String notReviewedReason, List<SeatInCollective> alsoReviewedBefore,
                      List<Authority> authority) {

        static Individual of(SubjectsOverview.Individual row) {
            var person = row.reviewee();
            var membership = person.membership();
            return new Individual(person.cadre().value(), person.fullName(), person.partyMember(), person.leader(),
                    person.employmentKind().name(), person.workplace() == null ? null : person.workplace().value(),
                    person.workplaceName(), person.cell() == null ? null : person.cell().value(), person.cellName(),
                    membership == null ? null : membership.admittedOn(), person.reviewed(),
                    person.notReviewed() == null ? null : person.notReviewed().name(),
                    person.collectives().stream().map(SeatInCollective::of).toList(), Authority.of(row.authority()));
        }
    }

    record Subjects(long unitId, String unitName, int year, LocalDate reviewDate, List<Collective> collectives,
                    List<Individual> individuals) {

        static Subjects of(SubjectsOverview overview) {
            return new Subjects(overview.unit().id().value(), overview.unit().name(), overview.year(),
                    overview.reviewDate(), overview.collectives().stream().map(Collective::of).toList(),
                    overview.individuals().stream().map(Individual::of).toList());
        }
    }
}
