package vn.danhgia.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.PositionView;
import vn.danhgia.organization.UnitId;

/** A position (chức vụ) in a unit: "Trưởng phòng", "Phó Chánh Văn phòng", "Bí thư Chi bộ". */
@Entity
@Table(name = "org_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_rank", nullable = false)
    private PositionRank rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PositionTrack track;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false)
    private boolean leader;

    protected Position() {
    }

    public Position(String code, String title, PositionRank rank, PositionTrack track, Unit unit, boolean leader) {
        this.code = code;
        this.title = title;
        this.rank = rank;
        this.track = track;
        this.unit = unit;
        this.leader = leader;
    }

    /** Changes the position's code, title, rank, track, unit and leadership flag, which the rating rules read. */
    public void change(String newCode, String newTitle, PositionRank newRank, PositionTrack newTrack, Unit newUnit,
                       boolean newLeader) {
        this.code = newCode;
        this.title = newTitle;
        this.rank = newRank;
        this.track = newTrack;
        this.unit = newUnit;
        this.leader = newLeader;
    }

    /** The optimistic lock's version; not named getVersion, as Spring Data reads that (null) to tell a new record. */
    public long lockVersion() {
        return version;
    }

    public PositionView view() {
        return new PositionView(new PositionId(id), code, title, rank, track, new UnitId(unit.getId()), unit.getName(),
                leader);
    }

    public Long getId() {
        return id;
    }

    public PositionRank getRank() {
        return rank;
    }

    public Unit getUnit() {
        return unit;
    }

    public boolean isLeader() {
        return leader;
    }

    public String getTitle() {
        return title;
    }
}
