package vn.danhgia.council.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.danhgia.council.CouncilRole;

/** The council (hội đồng đánh giá) of a unit and quarter: its members with their roles and the quorum. */
@Entity
@Table(name = "council")
class Council {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false, updatable = false)
    private int quarter;

    @Column(name = "quorum_members", nullable = false)
    private int quorumMembers;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT) // the decision board reads many councils at once
    @CollectionTable(name = "council_member", joinColumns = @JoinColumn(name = "council_id"))
    @MapKeyColumn(name = "cadre_id")
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<Long, CouncilRole> members = new TreeMap<>();

    protected Council() {
    }

    Council(long unitId, int year, int quarter, int quorumMembers, String createdBy, Map<Long, CouncilRole> members) {
        this.unitId = unitId;
        this.year = year;
        this.quarter = quarter;
        this.quorumMembers = quorumMembers;
        this.createdBy = createdBy;
        this.members.putAll(members);
    }

    Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    long unitId() {
        return unitId;
    }

    int year() {
        return year;
    }

    int quarter() {
        return quarter;
    }

    int quorumMembers() {
        return quorumMembers;
    }

    Map<Long, CouncilRole> members() {
        return Map.copyOf(members);
    }

    Optional<CouncilRole> roleOf(Optional<Long> cadreId) {
        return cadreId.map(members::get);
    }

    Map<String, Object> snapshot() {
        return Map.of("unitId", unitId, "year", year, "quarter", quarter, "quorum", quorumMembers,
                "members", new TreeMap<>(members));
    }
}
