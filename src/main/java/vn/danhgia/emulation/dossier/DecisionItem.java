package vn.danhgia.emulation.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A chosen nomination a recognition decision recognised; a nomination is recognised by one decision only. */
@Entity
@Table(name = "emulation_decision_item")
class DecisionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long decisionId;

    private long nominationId;

    private long unitId;

    protected DecisionItem() {
    }

    DecisionItem(long decisionId, long nominationId, long unitId) {
        this.decisionId = decisionId;
        this.nominationId = nominationId;
        this.unitId = unitId;
    }

    long decisionId() {
        return decisionId;
    }

    long nominationId() {
        return nominationId;
    }

    long unitId() {
        return unitId;
    }
}
