package vn.danhgia.rules.annual;

import java.util.Objects;

/**
 * Which self-review form (bản kiểm điểm) a subject of the annual review fills in. Seed 003 §2.2 b (Hướng dẫn
 * 07-HD/TU): a party member who is a civil servant or public employee in a leading or managing post fills Mẫu 02B, one
 * without such a post Mẫu 02A, a party member who is neither a civil servant nor a public employee Mẫu 02C, and a civil
 * servant, public employee or worker who is not a party member the form of the Government's decree and the agency's
 * rules. Seed 003 §2.1 a and seed 004 §III.2: every individual of a leadership collective makes a Mẫu 02B, so a leader
 * who is not a party member fills 02B too. Seed 003 §2.1 a and seed 004 §III.1: a collective reports on Mẫu 01.
 */
public final class SelfReviewFormChoice {

    private SelfReviewFormChoice() {
    }

    /** The forms of Hướng dẫn 07-HD/TU (seed 003) and seed 004 §III, with the decree's form for non-members. */
    public enum Form {
        /** Mẫu số 01-HD KĐ.ĐG: báo cáo kiểm điểm của tập thể. */
        MAU_01,
        /** Mẫu số 02A-HD KĐ.ĐG: đảng viên là công chức, viên chức không giữ chức vụ lãnh đạo, quản lý. */
        MAU_2A,
        /** Mẫu số 02B-HD KĐ.ĐG: cá nhân giữ chức vụ lãnh đạo, quản lý (with the criteria frame). */
        MAU_2B,
        /** Mẫu số 02C-HD KĐ.ĐG: đảng viên không là công chức, viên chức. */
        MAU_2C,
        /** Công chức, viên chức, người lao động chưa là đảng viên: the decree's form and the agency's rules. */
        CIVIL_SERVICE;

        /** The leader's form carries the self-scoring on the criteria frame (seed 003 §2.1 a item 2, §2.2 d). */
        public boolean scoresCriteriaFrame() {
            return this == MAU_2B;
        }

        /** The collective's report, not a person's. */
        public boolean collective() {
            return this == MAU_01;
        }
    }

    /** The legal status of a person's work, as far as the choice of form needs it. */
    public enum Employment {
        /** Công chức. */
        CIVIL_SERVANT,
        /** Viên chức. */
        PUBLIC_EMPLOYEE,
        /** Cán bộ: elected or designated to a term of office; reviewed as a civil servant is. */
        CADRE,
        /** Người lao động under a labour contract. */
        WORKER,
        /** No post in a public body (e.g. a party member active at a residential cell). */
        NONE;

        boolean civilServiceStatus() {
            return this == CIVIL_SERVANT || this == PUBLIC_EMPLOYEE || this == CADRE;
        }
    }

    /**
     * An individual subject of the annual review.
     *
     * @param partyMember whether they are a party member (đảng viên)
     * @param employment  their status at work
     * @param leader      whether they hold a leading or managing post (chức vụ lãnh đạo, quản lý)
     */
    public record Person(boolean partyMember, Employment employment, boolean leader) {
        public Person {
            Objects.requireNonNull(employment, "employment");
        }
    }

    /** A collective (tập thể lãnh đạo, cấp ủy, tổ chức đảng) reports on Mẫu 01. Seed 003 §2.1 a; seed 004 §III.1. */
    public static Form forCollective() {
        return Form.MAU_01;
    }

    /**
     * The form of an individual, or a refusal reason when none applies (a non-member with no post in a public body is
     * not reviewed by this plan).
     */
    public static Choice forPerson(Person person) {
        // Seed 003 §2.1 a, seed 004 §III.2: a leader makes a Mẫu 02B whether or not a party member.
        if (person.leader() && (person.employment().civilServiceStatus() || person.partyMember())) {
            return Choice.of(Form.MAU_2B);
        }
        if (person.partyMember()) {
            // Seed 003 §2.2 b: 2A for a civil servant or public employee, 2C for any other party member.
            return Choice.of(person.employment().civilServiceStatus() ? Form.MAU_2A : Form.MAU_2C);
        }
        if (person.employment() != Employment.NONE) {
            // Seed 003 §2.2 b, last indent: "Thực hiện theo Nghị định của Chính phủ và Quy chế ... của cơ quan".
            return Choice.of(Form.CIVIL_SERVICE);
        }
        return Choice.refused("rule.self-review.not-reviewed");
    }

    /**
     * The outcome: a form, or the message key saying why the person makes none.
     *
     * @param form      the form; null when refused
     * @param reasonKey the refusal's message key; null when a form applies
     */
    public record Choice(Form form, String reasonKey) {
        static Choice of(Form form) {
            return new Choice(form, null);
        }

        static Choice refused(String reasonKey) {
            return new Choice(null, reasonKey);
        }

        public boolean chosen() {
            return form != null;
        }
    }
}
