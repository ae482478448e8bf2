package vn.danhgia.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.membership.AnnualAuthorityView;
import vn.danhgia.membership.CollectiveSeat;
import vn.danhgia.membership.CollectiveSubject;
import vn.danhgia.membership.PartyMembershipView;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.Reviewee;
import vn.danhgia.membership.Seat;
import vn.danhgia.membership.SubjectKind;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.VietnameseText;

/**
 * Reads who is reviewed where and by whom. The seats (positions held on the date) are read with one SQL query over
 * the organisation's tables, like the reports do, so a whole province is one round trip; units come from
 * {@link OrganizationQueries}.
 */
@Service
@Transactional(readOnly = true)
class JpaReviewSubjects implements ReviewSubjects {

    private static final String SEATS = """
            select a.cadre_id, c.code as cadre_code, c.full_name, c.party_member, c.employment_kind,
                   p.id as position_id, p.title, p.position_rank, p.leader, p.unit_id, u.name as unit_name
            from org_appointment a
            join org_position p on p.id = a.position_id
            join org_cadre c on c.id = a.cadre_id
            join org_unit u on u.id = p.unit_id
            where a.start_date <= :date and (a.end_date is null or a.end_date >= :date) and %s
            order by u.code, case p.position_rank when 'HEAD' then 0 when 'DEPUTY' then 1 else 2 end, c.code, a.id""";

    private final OrganizationQueries organization;
    private final PartyMembershipRepository memberships;
    private final ReviewSubjectRepository subjects;
    private final AnnualAuthorityRepository authorities;
    private final JdbcClient jdbc;

    JpaReviewSubjects(OrganizationQueries organization, PartyMembershipRepository memberships,
                      ReviewSubjectRepository subjects, AnnualAuthorityRepository authorities, JdbcClient jdbc) {
        this.organization = organization;
        this.memberships = memberships;
        this.subjects = subjects;
        this.authorities = authorities;
        this.jdbc = jdbc;
    }

    @Override
    public List<CollectiveSubject> collectivesUnder(UnitId organisation, LocalDate reviewDate) {
        UnitTree tree = UnitTree.of(organization.units());
        List<UnitView> under = tree.under(organisation);
        Map<Long, ReviewSubjectEntry> entries = subjectEntries();
        List<UnitView> collectives = under.stream().filter(unit -> kindOf(unit, entries) != null).toList();
        Map<Long, List<SeatRow>> seats = seatsInUnits(collectives.stream().map(unit -> unit.id().value()).toList(),
                reviewDate).stream().collect(Collectors.groupingBy(SeatRow::unitId, LinkedHashMap::new,
                Collectors.toList()));
        return collectives.stream().map(unit -> collective(unit, entries, seats.getOrDefault(unit.id().value(),
                List.of()))).toList();
    }

    @Override
    public Optional<CollectiveSubject> collective(UnitId unit, LocalDate reviewDate) {
        Map<Long, ReviewSubjectEntry> entries = subjectEntries();
        return organization.unit(unit).filter(view -> kindOf(view, entries) != null)
                .map(view -> collective(view, entries, seatsInUnits(List.of(unit.value()), reviewDate)));
    }

    @Override
    public List<Reviewee> revieweesUnder(UnitId organisation, LocalDate reviewDate) {
        UnitTree tree = UnitTree.of(organization.units());
        Set<Long> units = tree.under(organisation).stream().map(unit -> unit.id().value())
                .collect(Collectors.toSet());
        List<SeatRow> seats = seatsInUnits(units, reviewDate);
        List<PartyMembership> cellMembers = memberships.findByCellUnitIdIn(units);
        Set<Long> cadres = new HashSet<>();
        seats.forEach(seat -> cadres.add(seat.cadreId()));
        cellMembers.forEach(member -> cadres.add(member.cadreId()));
        // A cadre reviewed here for a post may be active in a cell elsewhere, and the reverse: read all their seats.
        List<SeatRow> allSeats = seatsOfCadres(cadres, reviewDate);
        Map<Long, PartyMembership> byCadre = new HashMap<>();
        cellMembers.forEach(member -> byCadre.put(member.cadreId(), member));
        Set<Long> missing = new HashSet<>(cadres);
        missing.removeAll(byCadre.keySet());
        if (!missing.isEmpty()) {
            memberships.findByCadreIdIn(missing).forEach(member -> byCadre.put(member.cadreId(), member));
        }
        return reviewees(cadres, allSeats, byCadre, tree, reviewDate);
    }

    @Override
    public Reviewee reviewee(CadreId cadre, LocalDate reviewDate) {
        organization.cadre(cadre).orElseThrow(() -> new RecordNotFoundException("CADRE", cadre.value()));
        UnitTree tree = UnitTree.of(organization.units());
        Map<Long, PartyMembership> byCadre = new HashMap<>();
        memberships.findByCadreId(cadre.value()).ifPresent(member -> byCadre.put(member.cadreId(), member));
        return reviewees(Set.of(cadre.value()), seatsOfCadres(Set.of(cadre.value()), reviewDate), byCadre, tree,
                reviewDate).get(0);
    }

    @Override
    public Optional<PartyMembershipView> membership(CadreId cadre) {
        return memberships.findByCadreId(cadre.value()).map(member -> view(member,
                UnitTree.of(organization.units())));
    }

    @Override
    public AnnualAuthorityView authorityFor(CadreId cadre, LocalDate date) {
        UnitTree tree = UnitTree.of(organization.units());
        List<SeatRow> seats = seatsOfCadres(Set.of(cadre.value()), date);
        List<AnnualAuthorityRule> byPosition = authorities.findByPositionIdIn(
                        seats.stream().map(SeatRow::positionId).toList()).stream()
                .filter(rule -> rule.inForce(date)).sorted(Comparator.comparing(AnnualAuthorityRule::id)).toList();
        if (!byPosition.isEmpty()) {
            return view(byPosition, tree);
        }
        Set<Long> places = new java.util.LinkedHashSet<>();
        seats.forEach(seat -> places.add(seat.unitId()));
        memberships.findByCadreId(cadre.value()).ifPresent(member -> places.add(member.cellUnitId()));
        for (long place : places) {
            for (UnitView unit : tree.withParents(new UnitId(place))) {
                List<AnnualAuthorityRule> rules = authorities.findBySubjectUnitIdAndScopeOrderById(
                        unit.id().value(), AnnualAuthorityRule.Scope.EVERYONE_UNDER).stream()
                        .filter(rule -> rule.inForce(date)).toList();
                if (!rules.isEmpty()) {
                    return view(rules, tree);
                }
            }
        }
        return AnnualAuthorityView.NONE;
    }

    @Override
    public AnnualAuthorityView authorityForCollective(UnitId unit, LocalDate date) {
        List<AnnualAuthorityRule> rules = authorities.findBySubjectUnitIdAndScopeOrderById(unit.value(),
                AnnualAuthorityRule.Scope.COLLECTIVE).stream().filter(rule -> rule.inForce(date)).toList();
        return rules.isEmpty() ? AnnualAuthorityView.NONE : view(rules, UnitTree.of(organization.units()));
    }

    private List<Reviewee> reviewees(Collection<Long> cadreIds, List<SeatRow> seats,
                                     Map<Long, PartyMembership> byCadre, UnitTree tree, LocalDate date) {
        Map<Long, ReviewSubjectEntry> entries = subjectEntries();
        Map<Long, List<SeatRow>> seatsByCadre = seats.stream().collect(Collectors.groupingBy(SeatRow::cadreId));
        Map<Long, CadreView> cadres = organization.cadres(cadreIds.stream().map(CadreId::new).toList()).stream()
                .collect(Collectors.toMap(cadre -> cadre.id().value(), Function.identity()));
        List<Reviewee> result = new ArrayList<>();
        for (long id : cadreIds) {
            CadreView cadre = cadres.get(id);
            if (cadre == null) {
                continue;
            }
            List<SeatRow> own = seatsByCadre.getOrDefault(id, List.of());
            PartyMembershipView membership = byCadre.containsKey(id) ? view(byCadre.get(id), tree) : null;
            List<CollectiveSeat> collectives = own.stream()
                    .filter(seat -> tree.unit(seat.unitId()).map(unit -> kindOf(unit, entries) != null)
                            .orElse(false))
                    .map(seat -> new CollectiveSeat(new UnitId(seat.unitId()), seat.unitName(),
                            kindOf(tree.unit(seat.unitId()).orElseThrow(), entries), seat.positionTitle(),
                            seat.rank()))
                    .sorted(Comparator.comparing(CollectiveSeat::rank))
                    .toList();
            SeatRow first = own.isEmpty() ? null : own.get(0);
            boolean partyMember = cadre.partyMember() || membership != null;
            result.add(new Reviewee(cadre.id(), cadre.fullName(), partyMember,
                    own.stream().anyMatch(SeatRow::leader), cadre.employmentKind(),
                    first == null ? null : new UnitId(first.unitId()), first == null ? null : first.unitName(),
                    membership, collectives,
                    membership == null ? null : membership.notReviewedReason(date).orElse(null)));
        }
        result.sort(Comparator.comparing((Reviewee reviewee) -> VietnameseText.nameSortKey(reviewee.fullName()))
                .thenComparing(reviewee -> reviewee.cadre().value()));
        return result;
    }

    private CollectiveSubject collective(UnitView unit, Map<Long, ReviewSubjectEntry> entries, List<SeatRow> seats) {
        ReviewSubjectEntry entry = entries.get(unit.id().value());
        List<Seat> members = seats.stream().map(seat -> new Seat(new CadreId(seat.cadreId()), seat.fullName(),
                new PositionId(seat.positionId()), seat.positionTitle(), seat.rank())).toList();
        return new CollectiveSubject(unit.id(), unit.name(), kindOf(unit, entries), entry != null && entry.residential(),
                members);
    }

    private static SubjectKind kindOf(UnitView unit, Map<Long, ReviewSubjectEntry> entries) {
        ReviewSubjectEntry entry = entries.get(unit.id().value());
        return entry != null ? entry.kind() : SubjectKind.implied(unit.kind());
    }

    private Map<Long, ReviewSubjectEntry> subjectEntries() {
        return subjects.findAll().stream().collect(Collectors.toMap(ReviewSubjectEntry::unitId, Function.identity()));
    }

    private static PartyMembershipView view(PartyMembership member, UnitTree tree) {
        MembershipTerms terms = member.terms();
        return new PartyMembershipView(new CadreId(member.cadreId()), new UnitId(terms.cell()),
                tree.unit(terms.cell()).map(UnitView::name).orElse(""), terms.admittedOn(), terms.officialOn(),
                terms.exemptSince(), terms.suspendedSince(), member.version());
    }

    private static AnnualAuthorityView view(List<AnnualAuthorityRule> rules, UnitTree tree) {
        return new AnnualAuthorityView(rules.stream().map(rule -> new AnnualAuthorityView.Entry(rule.kind(),
                new UnitId(rule.authorityUnitId()), tree.name(rule.authorityUnitId()),
                rule.recipientUnitId() == null ? null : new UnitId(rule.recipientUnitId()),
                rule.recipientUnitId() == null ? null : tree.name(rule.recipientUnitId()), rule.basis())).toList());
    }

    private List<SeatRow> seatsInUnits(Collection<Long> units, LocalDate date) {
        return units.isEmpty() ? List.of() : seats("p.unit_id in (:ids)", units, date);
    }

    private List<SeatRow> seatsOfCadres(Collection<Long> cadres, LocalDate date) {
        return cadres.isEmpty() ? List.of() : seats("a.cadre_id in (:ids)", cadres, date);
    }

    private List<SeatRow> seats(String condition, Collection<Long> ids, LocalDate date) {
        List<SeatRow> rows = new ArrayList<>();
        // Chunked: an IN list of a whole province would pass the databases' parameter limits.
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            rows.addAll(jdbc.sql(SEATS.formatted(condition))
                    .param("date", date).param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((rs, n) -> new SeatRow(rs.getLong("cadre_id"), rs.getString("cadre_code"),
                            rs.getString("full_name"), rs.getBoolean("party_member"),
                            EmploymentKind.valueOf(rs.getString("employment_kind")), rs.getLong("position_id"),
                            rs.getString("title"), PositionRank.valueOf(rs.getString("position_rank")),
                            rs.getBoolean("leader"), rs.getLong("unit_id"), rs.getString("unit_name")))
                    .list());
        }
        return rows;
    }
}
