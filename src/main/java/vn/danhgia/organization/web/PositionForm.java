package vn.danhgia.organization.web;

import vn.danhgia.organization.NewPosition;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.PositionView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.Versioned;

/**
 * The position form. {@code leader} is the flag the rating rules read: a leader's post is rated quarterly and counts
 * for the special cases of seed 002 §7; {@code rank} HEAD allows one holder at a time.
 */
public class PositionForm {

    private String code;
    private String title;
    private PositionRank rank;
    private PositionTrack track;
    private Long unit;
    private boolean leader;
    private long version;

    static PositionForm of(Versioned<PositionView> stored) {
        PositionView position = stored.value();
        PositionForm form = new PositionForm();
        form.code = position.code();
        form.title = position.title();
        form.rank = position.rank();
        form.track = position.track();
        form.unit = position.unit().value();
        form.leader = position.leader();
        form.version = stored.version();
        return form;
    }

    NewPosition toPosition() {
        return new NewPosition(UnitForm.trimmed(code), UnitForm.trimmed(title), rank, track,
                unit == null ? null : new UnitId(unit), leader);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PositionRank getRank() {
        return rank;
    }

    public void setRank(PositionRank rank) {
        this.rank = rank;
    }

    public PositionTrack getTrack() {
        return track;
    }

    public void setTrack(PositionTrack track) {
        this.track = track;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public boolean isLeader() {
        return leader;
    }

    public void setLeader(boolean leader) {
        this.leader = leader;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
