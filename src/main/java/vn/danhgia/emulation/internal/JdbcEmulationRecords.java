package vn.danhgia.emulation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.EnumSet;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.emulation.AwardEntry;
import vn.danhgia.emulation.ChosenNomination;
import vn.danhgia.emulation.EmulationAwards;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.platform.InListChunks;
import vn.danhgia.rules.emulation.Achievement;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.RecognitionLevel;
import vn.danhgia.rules.emulation.Registration;

/**
 * The emulation history read straight from its tables, a chunk of nominees per statement, and awards entered with a
 * guard against entering one twice.
 */
@Repository
class JdbcEmulationRecords implements EmulationRecords, EmulationAwards {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcEmulationRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Nominee, Registration> registrations(Collection<Nominee> nominees, int year) {
        Map<Nominee, Registration> result = new LinkedHashMap<>();
        nominees.forEach(nominee -> result.put(nominee, Registration.MISSING));
        eachChunk(nominees, (holder, ids) -> jdbc.sql("""
                        select subject_id, late from emulation_registration
                        where holder = :holder and subject_id in (:ids) and emulation_year = :year""")
                .param("holder", holder.name()).param("ids", ids).param("year", year)
                .query((row, number) -> Map.entry(new Nominee(holder, row.getLong("subject_id")),
                        row.getBoolean("late") ? Registration.LATE : Registration.ON_TIME))
                .list().forEach(entry -> result.put(entry.getKey(), entry.getValue())));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Nominee, EmulationTitle> registeredTargets(Collection<Nominee> nominees, int year) {
        Map<Nominee, EmulationTitle> result = new LinkedHashMap<>();
        eachChunk(nominees, (holder, ids) -> jdbc.sql("""
                        select subject_id, target_title from emulation_registration
                        where holder = :holder and subject_id in (:ids) and emulation_year = :year""")
                .param("holder", holder.name()).param("ids", ids).param("year", year)
                .query((row, number) -> Map.entry(new Nominee(holder, row.getLong("subject_id")),
                        EmulationTitle.valueOf(row.getString("target_title"))))
                .list().forEach(entry -> result.put(entry.getKey(), entry.getValue())));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Nominee, List<Achievement>> achievements(Collection<Nominee> nominees, int lastYear) {
        Map<Nominee, List<Achievement>> result = new LinkedHashMap<>();
        nominees.forEach(nominee -> result.put(nominee, new ArrayList<>()));
        eachChunk(nominees, (holder, ids) -> jdbc.sql("""
                        select subject_id, kind, recognition_level, recognised_year from emulation_achievement
                        where holder = :holder and subject_id in (:ids) and recognised_year <= :lastYear
                        order by recognised_year, id""")
                .param("holder", holder.name()).param("ids", ids).param("lastYear", lastYear)
                .query((row, number) -> Map.entry(new Nominee(holder, row.getLong("subject_id")),
                        new Achievement(AchievementKind.valueOf(row.getString("kind")),
                                RecognitionLevel.valueOf(row.getString("recognition_level")),
                                row.getInt("recognised_year"))))
                .list().forEach(entry -> result.get(entry.getKey()).add(entry.getValue())));
        result.replaceAll((nominee, list) -> List.copyOf(list));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Nominee, Map<Integer, Set<EmulationTitle>>> awards(Collection<Nominee> nominees, int lastYear) {
        Map<Nominee, Map<Integer, Set<EmulationTitle>>> result = new LinkedHashMap<>();
        nominees.forEach(nominee -> result.put(nominee, new TreeMap<>()));
        eachChunk(nominees, (holder, ids) -> jdbc.sql("""
                        select subject_id, award_year, title from emulation_award
                        where holder = :holder and subject_id in (:ids) and award_year <= :lastYear""")
                .param("holder", holder.name()).param("ids", ids).param("lastYear", lastYear)
                .query((row, number) -> new Object[] {new Nominee(holder, row.getLong("subject_id")),
                        row.getInt("award_year"), EmulationTitle.valueOf(row.getString("title"))})
                .list().forEach(award -> result.get((Nominee) award[0])
                        .computeIfAbsent((Integer) award[1], year -> EnumSet.noneOf(EmulationTitle.class))
                        .add((EmulationTitle) award[2])));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChosenNomination> chosen(long unitId, int year) {
        return jdbc.sql("""
                        select n.id, n.holder, n.subject_id, n.title, n.votes_for, n.votes_against, r.council_members
                        from emulation_nomination n join emulation_review r on r.id = n.review_id
                        where r.unit_id = :unit and r.review_year = :year and n.outcome = 'CHOSEN'
                        order by n.id""")
                .param("unit", unitId).param("year", year)
                .query((row, number) -> new ChosenNomination(row.getLong("id"),
                        new Nominee(EmulationHolder.valueOf(row.getString("holder")), row.getLong("subject_id")),
                        EmulationTitle.valueOf(row.getString("title")), (Integer) row.getObject("votes_for"),
                        (Integer) row.getObject("votes_against"), (Integer) row.getObject("council_members")))
                .list();
    }

    @Override
    @Transactional
    public boolean enter(AwardEntry entry, String recordedBy) {
        if (entry.title().nominee() == EmulationTitle.Nominee.PERSON
                != (entry.nominee().holder() == EmulationHolder.INDIVIDUAL)) {
            throw new IllegalArgumentException(entry.title() + " is not a title for " + entry.nominee().holder());
        }
        boolean present = jdbc.sql("""
                        select count(*) from emulation_award
                        where holder = :holder and subject_id = :subject and award_year = :year and title = :title""")
                .param("holder", entry.nominee().holder().name()).param("subject", entry.nominee().subjectId())
                .param("year", entry.year()).param("title", entry.title().name())
                .query(Long.class).single() > 0;
        if (present) {
            return false;
        }
        jdbc.sql("""
                        insert into emulation_award (holder, subject_id, unit_id, award_year, title, source,
                            decision_id, decision_ref, recorded_by, recorded_at, version)
                        values (:holder, :subject, :unit, :year, :title, :source, :decision, :ref, :by, :at, 0)""")
                .param("holder", entry.nominee().holder().name()).param("subject", entry.nominee().subjectId())
                .param("unit", entry.unitId()).param("year", entry.year()).param("title", entry.title().name())
                .param("source", entry.decisionId() == null ? "IMPORT" : "DECISION")
                .param("decision", entry.decisionId()).param("ref", entry.decisionRef())
                .param("by", recordedBy).param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .update();
        return true;
    }

    private static void eachChunk(Collection<Nominee> nominees, BiConsumer<EmulationHolder, List<Long>> query) {
        Map<EmulationHolder, List<Long>> byHolder = new HashMap<>();
        nominees.forEach(nominee -> byHolder.computeIfAbsent(nominee.holder(), holder -> new ArrayList<>())
                .add(nominee.subjectId()));
        byHolder.forEach((holder, ids) -> {
            InListChunks.of(ids.stream().distinct().toList(), CHUNK).forEach(chunk -> query.accept(holder, chunk));
        });
    }
}
