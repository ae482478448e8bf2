package vn.danhgia.reporting.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.RecordNotFoundException;

/** Reads a cadre's particulars for a form: their posts in force on the day, by track, with one query. */
@Component
public class CadreParticularsSql {

    private final JdbcTemplate jdbc;
    private final OrganizationQueries organization;

    CadreParticularsSql(JdbcTemplate jdbc, OrganizationQueries organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public CadreParticulars of(CadreId cadre, LocalDate date) {
        CadreView person = organization.cadre(cadre).orElseThrow(() -> new RecordNotFoundException("cadre", cadre));
        List<Post> posts = jdbc.query("""
                select p.title, p.track, u.id as unit_id, u.name as unit_name
                from org_appointment a
                join org_position p on p.id = a.position_id
                join org_unit u on u.id = p.unit_id
                where a.cadre_id = ? and a.start_date <= ? and (a.end_date is null or a.end_date >= ?)
                order by a.start_date, a.id""", (row, number) -> new Post(row.getString("title"),
                PositionTrack.valueOf(row.getString("track")), new UnitId(row.getLong("unit_id")),
                row.getString("unit_name")), cadre.value(), date, date);
        List<Post> workPosts = new ArrayList<>(posts.stream()
                .filter(post -> post.track() == PositionTrack.GOVERNMENT).toList());
        workPosts.addAll(posts);
        Post work = workPosts.isEmpty() ? null : workPosts.get(0);
        return new CadreParticulars(person.fullName(), FormFigures.date(person.birthDate()),
                titles(posts, PositionTrack.PARTY), titles(posts, PositionTrack.GOVERNMENT),
                titles(posts, PositionTrack.MASS_ORGANIZATION), work == null ? "" : work.unitName(),
                work == null ? null : work.unit());
    }

    private static String titles(List<Post> posts, PositionTrack track) {
        return posts.stream().filter(post -> post.track() == track)
                .map(post -> post.title() + " " + post.unitName()).collect(Collectors.joining("; "));
    }

    private record Post(String title, PositionTrack track, UnitId unit, String unitName) {
    }
}
