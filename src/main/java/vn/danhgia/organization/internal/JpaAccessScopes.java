package vn.danhgia.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.ScopeRole;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

@Service
@Transactional(readOnly = true)
class JpaAccessScopes implements AccessScopes {

    private final AppointmentRepository appointments;
    private final ManagementScopeRepository scopes;
    private final JdbcClient jdbc;

    JpaAccessScopes(AppointmentRepository appointments, ManagementScopeRepository scopes, JdbcClient jdbc) {
        this.appointments = appointments;
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    @Override
    public AccessScope of(Actor actor, LocalDate date) {
        Optional<CadreId> self = actor.cadreId().map(CadreId::new);
        if (self.isEmpty()) {
            return AccessScope.onlySelf(self);
        }
        List<Appointment> posts = appointments.inForce(self.get().value(), date);
        UnitTree tree = actor.has(Role.UNIT_HEAD) || actor.has(Role.PERSONNEL_OFFICER) || actor.has(Role.AUTHORITY)
                ? new UnitTree(unitNodes()) : UnitTree.EMPTY;

        Map<UnitId, PositionRank> leads = new HashMap<>();
        Set<UnitId> belowLed = new HashSet<>();
        if (actor.has(Role.UNIT_HEAD)) {
            for (Appointment post : posts) {
                PositionRank rank = post.getPosition().getRank();
                if (post.getPosition().isLeader() && rank != PositionRank.MEMBER) {
                    Unit unit = post.getPosition().getUnit();
                    leads.merge(new UnitId(unit.getId()), rank, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                    belowLed.addAll(tree.below(unit.getId()));
                }
            }
        }
        Set<UnitId> served = new HashSet<>();
        if (actor.has(Role.PERSONNEL_OFFICER)) {
            List<Long> offices = posts.stream().map(post -> post.getPosition().getUnit().getId()).toList();
            for (Long servedUnit : servedBy(offices)) {
                served.add(new UnitId(servedUnit));
                served.addAll(tree.below(servedUnit));
            }
        }
        Set<CadreId> managed = new HashSet<>();
        if (actor.has(Role.AUTHORITY)) {
            for (Long authority : authorityUnits(posts, tree)) {
                for (ScopeRole role : ScopeRole.values()) {
                    scopes.cadresInScope(authority, role, date)
                            .forEach(row -> managed.add(new CadreId(row.cadreId())));
                }
            }
        }
        return new AccessScope(self, leads, belowLed, served, managed);
    }

    @Override
    public List<CadrePost> postsOf(CadreId cadre, LocalDate date) {
        return appointments.inForce(cadre.value(), date).stream()
                .map(post -> new CadrePost(new UnitId(post.getPosition().getUnit().getId()),
                        post.getPosition().getRank()))
                .toList();
    }

    @Override
    public Map<CadreId, List<CadrePost>> postsOf(Collection<CadreId> cadres, LocalDate date) {
        if (cadres.isEmpty()) {
            return Map.of();
        }
        Map<CadreId, List<CadrePost>> posts = new HashMap<>();
        appointments.inForceOf(cadres.stream().map(CadreId::value).toList(), date).forEach(row -> posts
                .computeIfAbsent(new CadreId(row.cadreId()), id -> new java.util.ArrayList<>())
                .add(new CadrePost(new UnitId(row.unitId()), row.rank())));
        return posts;
    }

    /**
     * Every unit's place in the tree, read as plain rows: loading the units as entities cost a head's or an officer's
     * every page ~40 % of its time on the server for a province's thousand units. A plain read does not flush the
     * persistence context, and need not: a new unit is inserted when saved (identity ids), and a unit moved
     * ({@code changeUnit}) is flushed there; {@code appointments.inForce}, read before, flushes pending units too.
     */
    private List<UnitNode> unitNodes() {
        return jdbc.sql("select id, parent_id, kind from org_unit")
                .query((rs, row) -> new UnitNode(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        UnitKind.valueOf(rs.getString("kind"))))
                .list();
    }

    private record UnitNode(long id, Long parentId, UnitKind kind) {
    }

    private List<Long> servedBy(List<Long> offices) {
        if (offices.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select served_unit_id from org_served_unit where office_unit_id in (:offices)")
                .param("offices", offices).query(Long.class).list();
    }

    // The units a person belongs to act as authorities; a head or deputy of a unit also sits in its leadership
    // collective ("Lãnh đạo Văn phòng"), which seed 000 §III.1.1 names as an authority.
    private static Set<Long> authorityUnits(List<Appointment> posts, UnitTree tree) {
        Set<Long> authorities = new HashSet<>();
        for (Appointment post : posts) {
            Long unit = post.getPosition().getUnit().getId();
            authorities.add(unit);
            if (post.getPosition().getRank() != PositionRank.MEMBER) {
                authorities.addAll(tree.childrenOfKind(unit, UnitKind.LEADERSHIP_COLLECTIVE));
            }
        }
        return authorities;
    }

    /** The units as a tree, read once per scope computation (a province has a few thousand units at most). */
    private static final class UnitTree {

        static final UnitTree EMPTY = new UnitTree(List.of());

        private final Map<Long, List<UnitNode>> children = new HashMap<>();

        UnitTree(List<UnitNode> all) {
            for (UnitNode unit : all) {
                if (unit.parentId() != null) {
                    children.computeIfAbsent(unit.parentId(), id -> new java.util.ArrayList<>()).add(unit);
                }
            }
        }

        Set<UnitId> below(Long root) {
            Set<UnitId> found = new HashSet<>();
            Deque<Long> pending = new ArrayDeque<>(List.of(root));
            while (!pending.isEmpty()) {
                for (UnitNode child : children.getOrDefault(pending.pop(), List.of())) {
                    if (found.add(new UnitId(child.id()))) {
                        pending.push(child.id());
                    }
                }
            }
            return found;
        }

        List<Long> childrenOfKind(Long parent, UnitKind kind) {
            return children.getOrDefault(parent, List.of()).stream().filter(unit -> unit.kind() == kind)
                    .map(UnitNode::id).toList();
        }
    }
}
