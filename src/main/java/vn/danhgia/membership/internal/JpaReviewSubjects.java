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
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.InListChunks;
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
        Map<Long, List<SeatRow>> seats = seatsOfCollectives(collectives, reviewDate);
        return collectives.stream().map(unit -> collective(unit, entries, seats.getOrDefault(unit.id().value(),
                List.of()))).toList();
    }

    @Override
    public Optional<CollectiveSubject> collective(UnitId unit, LocalDate reviewDate) {
        Map<Long, ReviewSubjectEntry> entries = subjectEntries();
        return organization.unit(unit).filter(view -> kindOf(view, entries) != null)
                .map(view -> collective(view, entries, seatsOfCollectives(List.of(view), reviewDate)
                        .getOrDefault(unit.value(), List.of())));
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
        return authoritiesFor(List.of(cadre), date).get(cadre);
    }

    @Override
    public Map<CadreId, AnnualAuthorityView> authoritiesFor(Collection<CadreId> cadres, LocalDate date) {
        if (cadres.isEmpty()) {
            return Map.of();
        }
        UnitTree tree = UnitTree.of(organization.units());
        List<Long> ids = cadres.stream().map(CadreId::value).distinct().toList();
        Map<Long, List<SeatRow>> seatsByCadre = new HashMap<>();
        seatsOfCadres(ids, date).forEach(seat -> seatsByCadre.computeIfAbsent(seat.cadreId(), k -> new ArrayList<>())
                .add(seat));
        List<Long> positions = seatsByCadre.values().stream().flatMap(List::stream).map(SeatRow::positionId)
                .distinct().toList();
        List<AnnualAuthorityRule> byPosition = positions.isEmpty() ? List.of()
                : authorities.findByPositionIdIn(positions).stream().filter(rule -> rule.inForce(date))
                        .sorted(Comparator.comparing(AnnualAuthorityRule::id)).toList();
        Map<Long, Long> cells = new HashMap<>();
        memberships.findByCadreIdIn(ids).forEach(member -> cells.put(member.cadreId(), member.cellUnitId()));
        // The rules for everyone under a unit are few (one per organisation at most): read them all once.
        Map<Long, List<AnnualAuthorityRule>> everyoneUnder = new HashMap<>();
        authorities.findByScopeOrderById(AnnualAuthorityRule.Scope.EVERYONE_UNDER).stream()
                .filter(rule -> rule.inForce(date))
                .forEach(rule -> everyoneUnder.computeIfAbsent(rule.subjectUnitId(), k -> new ArrayList<>()).add(rule));
        Map<CadreId, AnnualAuthorityView> result = new HashMap<>();
        for (long id : ids) {
            List<SeatRow> seats = seatsByCadre.getOrDefault(id, List.of());
            Set<Long> own = seats.stream().map(SeatRow::positionId).collect(Collectors.toSet());
            List<AnnualAuthorityRule> ofPosition = byPosition.stream().filter(rule -> own.contains(rule.positionId()))
                    .toList();
            result.put(new CadreId(id), !ofPosition.isEmpty() ? view(ofPosition, tree)
                    : underPlaces(seats, cells.get(id), everyoneUnder, tree));
        }
        return result;
    }

    /** The first rule for everyone under a unit met going up from the person's seats, then from their party cell. */
    private static AnnualAuthorityView underPlaces(List<SeatRow> seats, Long cell,
                                                   Map<Long, List<AnnualAuthorityRule>> everyoneUnder, UnitTree tree) {
        Set<Long> places = new java.util.LinkedHashSet<>();
        seats.forEach(seat -> places.add(seat.unitId()));
        if (cell != null) {
            places.add(cell);
        }
        for (long place : places) {
            for (UnitView unit : tree.withParents(new UnitId(place))) {
                List<AnnualAuthorityRule> rules = everyoneUnder.getOrDefault(unit.id().value(), List.of());
                if (!rules.isEmpty()) {
                    return view(rules, tree);
                }
            }
        }
        return AnnualAuthorityView.NONE;
    }

    @Override
    public AnnualAuthorityView authorityForCollective(UnitId unit, LocalDate date) {
        return authoritiesForCollectives(List.of(unit), date).get(unit);
    }

    @Override
    public Map<UnitId, AnnualAuthorityView> authoritiesForCollectives(Collection<UnitId> units, LocalDate date) {
        List<Long> ids = units.stream().map(UnitId::value).distinct().toList();
        Map<Long, List<AnnualAuthorityRule>> rulesOf = new HashMap<>();
        // Chunked like the seats: an organisation's cells may pass the databases' parameter limits.
        for (List<Long> chunk : InListChunks.of(ids, 1000)) {
            authorities.findBySubjectUnitIdInAndScopeOrderById(chunk, AnnualAuthorityRule.Scope.COLLECTIVE).stream()
                    .filter(rule -> rule.inForce(date))
                    .forEach(rule -> rulesOf.computeIfAbsent(rule.subjectUnitId(), k -> new ArrayList<>()).add(rule));
        }
        UnitTree tree = rulesOf.isEmpty() ? null : UnitTree.of(organization.units());
        Map<UnitId, AnnualAuthorityView> result = new HashMap<>();
        for (long id : ids) {
            List<AnnualAuthorityRule> rules = rulesOf.getOrDefault(id, List.of());
            result.put(new UnitId(id), rules.isEmpty() ? AnnualAuthorityView.NONE : view(rules, tree));
        }
        return result;
    }

    private List<Reviewee> reviewees(Collection<Long> cadreIds, List<SeatRow> seats,
                                     Map<Long, PartyMembership> byCadre, UnitTree tree, LocalDate date) {
        Map<Long, ReviewSubjectEntry> entries = subjectEntries();
        Map<Long, List<SeatRow>> seatsByCadre = seats.stream().collect(Collectors.groupingBy(SeatRow::cadreId));
        Map<Long, List<UnitView>> postless = postlessLeadership(seats, tree, date);
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
                    .filter(seat -> tree.unit(seat.unitId()).map(unit -> isSeat(kindOf(unit, entries), seat))
                            .orElse(false))
                    .map(seat -> new CollectiveSeat(new UnitId(seat.unitId()), seat.unitName(),
                            kindOf(tree.unit(seat.unitId()).orElseThrow(), entries), seat.positionTitle(),
                            seat.rank()))
                    .sorted(Comparator.comparing(CollectiveSeat::rank))
                    .toList();
            collectives = new ArrayList<>(collectives);
            collectives.addAll(leadershipSeats(own, postless, entries));
            SeatRow first = own.isEmpty() ? null : own.get(0);
            boolean partyMember = cadre.partyMember() || membership != null;
            result.add(new Reviewee(cadre.id(), cadre.fullName(), partyMember, leads(own, collectives),
                    cadre.employmentKind(),
                    first == null ? null : new UnitId(first.unitId()), first == null ? null : first.unitName(),
                    membership, collectives,
                    membership == null ? null : membership.notReviewedReason(date).orElse(null)));
        }
        result.sort(Comparator.comparing((Reviewee reviewee) -> VietnameseText.nameSortKey(reviewee.fullName()))
                .thenComparing(reviewee -> reviewee.cadre().value()));
        return result;
    }

    /**
     * The seats of each collective, by unit: the posts held in it. A leadership collective that has no posts of its
     * own ("Lãnh đạo Văn phòng", whose leaders hold their posts in the office) seats the head and deputies of the unit
     * it leads, as the organisation reads it for the authorities ({@link vn.danhgia.organization.ActingAuthorities},
     * seed 000 §III.1.1); giving them a second post there would count them twice in every quarterly reading of posts.
     */
    private Map<Long, List<SeatRow>> seatsOfCollectives(List<UnitView> collectives, LocalDate date) {
        Map<Long, List<SeatRow>> seats = seatsInUnits(collectives.stream().map(unit -> unit.id().value()).toList(),
                date).stream().collect(Collectors.groupingBy(SeatRow::unitId, LinkedHashMap::new,
                Collectors.toList()));
        List<UnitView> borrowing = collectives.stream().filter(unit -> unit.kind() == UnitKind.LEADERSHIP_COLLECTIVE
                && unit.parent() != null && !seats.containsKey(unit.id().value())).toList();
        if (!borrowing.isEmpty()) {
            Map<Long, List<SeatRow>> led = seatsInUnits(borrowing.stream().map(unit -> unit.parent().value())
                    .distinct().toList(), date).stream().filter(seat -> seat.rank() != PositionRank.MEMBER)
                    .collect(Collectors.groupingBy(SeatRow::unitId));
            for (UnitView unit : borrowing) {
                List<SeatRow> leaders = led.getOrDefault(unit.parent().value(), List.of());
                if (!leaders.isEmpty()) {
                    seats.put(unit.id().value(), leaders);
                }
            }
        }
        return seats;
    }

    /**
     * The same from the people's side: for each unit in which someone of {@code seats} is head or deputy, its
     * leadership collectives without posts of their own (one query for all).
     */
    private Map<Long, List<UnitView>> postlessLeadership(List<SeatRow> seats, UnitTree tree, LocalDate date) {
        Map<Long, List<UnitView>> collectives = new HashMap<>();
        seats.stream().filter(seat -> seat.rank() != PositionRank.MEMBER).map(SeatRow::unitId).distinct()
                .forEach(unit -> tree.children(unit).stream()
                        .filter(child -> child.kind() == UnitKind.LEADERSHIP_COLLECTIVE)
                        .forEach(child -> collectives.computeIfAbsent(unit, key -> new ArrayList<>()).add(child)));
        if (collectives.isEmpty()) {
            return collectives;
        }
        Set<Long> withPosts = seatsInUnits(collectives.values().stream().flatMap(List::stream)
                .map(unit -> unit.id().value()).toList(), date).stream().map(SeatRow::unitId)
                .collect(Collectors.toSet());
        collectives.values().forEach(units -> units.removeIf(unit -> withPosts.contains(unit.id().value())));
        return collectives;
    }

    private static List<CollectiveSeat> leadershipSeats(List<SeatRow> own, Map<Long, List<UnitView>> postless,
                                                        Map<Long, ReviewSubjectEntry> entries) {
        List<CollectiveSeat> seats = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (SeatRow seat : own) {
            if (seat.rank() == PositionRank.MEMBER) {
                continue;
            }
            for (UnitView unit : postless.getOrDefault(seat.unitId(), List.of())) {
                if (seen.add(unit.id().value())) {
                    seats.add(new CollectiveSeat(unit.id(), unit.name(), kindOf(unit, entries), seat.positionTitle(),
                            seat.rank()));
                }
            }
        }
        return seats;
    }

    /**
     * Whether a post in a collective's unit is a seat in the collective. Every post of a party body or a standing
     * body is (Bí thư, chi ủy viên, Ủy viên Ban Chấp hành, Trưởng ban HĐND); in a People's Committee or an agency's
     * leadership unit a plain member post that is not a leader's is staff (a chuyên viên), not a seat.
     */
    private static boolean isSeat(SubjectKind kind, SeatRow seat) {
        if (kind == null) {
            return false;
        }
        boolean staffKind = kind == SubjectKind.PEOPLE_COMMITTEE || kind == SubjectKind.LEADERSHIP_COLLECTIVE;
        return !staffKind || seat.rank() != PositionRank.MEMBER || seat.leader();
    }

    /**
     * Cán bộ lãnh đạo, quản lý for the year-end review: a post marked leader, or a seat in a leading collective
     * (seed 004 §II.2 names the members of the BCH, the chairs and deputies of HĐND, MTTQ and the mass organisations),
     * or the head or deputy of a party cell. A chi ủy member or a plain member of a cell is not.
     */
    private static boolean leads(List<SeatRow> seats, List<CollectiveSeat> collectives) {
        return seats.stream().anyMatch(SeatRow::leader) || collectives.stream().anyMatch(seat ->
                seat.kind() != SubjectKind.PARTY_ORGANIZATION || seat.rank() != PositionRank.MEMBER);
    }

    private CollectiveSubject collective(UnitView unit, Map<Long, ReviewSubjectEntry> entries, List<SeatRow> seats) {
        ReviewSubjectEntry entry = entries.get(unit.id().value());
        SubjectKind kind = kindOf(unit, entries);
        List<Seat> members = seats.stream().filter(seat -> isSeat(kind, seat)).map(seat -> new Seat(new CadreId(seat.cadreId()), seat.fullName(),
                new PositionId(seat.positionId()), seat.positionTitle(), seat.rank())).toList();
        return new CollectiveSubject(unit.id(), unit.name(), kind, entry != null && entry.residential(),
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
        for (List<Long> chunk : InListChunks.of(List.copyOf(ids), 1000)) {
            rows.addAll(jdbc.sql(SEATS.formatted(condition))
                    .param("date", date).param("ids", chunk)
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
