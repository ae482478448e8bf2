package vn.danhgia.platform.api;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.audit.AuditQueries.AuditFilter;
import vn.danhgia.platform.audit.AuditQueries;

/**
 * The audit trail as JSON: administrators read every entry, anyone else the entries about their own records; a
 * cadre's or a record's trail that the caller may not read answers 404 (the rules are in {@link AuditQueries}).
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final AuditQueries audit;
    private final JsonMapper json;

    AuditApiController(AuditQueries audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @GetMapping
    AuditPage visible(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                      @RequestParam(required = false) String recordType,
                      @RequestParam(required = false) String action) {
        return pageOf(audit.visible(new AuditFilter(recordType, action), pageable(page, size)));
    }

    @GetMapping("/cadres/{cadreId}")
    AuditPage aboutCadre(@PathVariable long cadreId, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "20") int size) {
        return pageOf(audit.aboutCadre(cadreId, pageable(page, size)));
    }

    @GetMapping("/records/{recordType}/{recordId}")
    List<AuditEntryJson> ofRecord(@PathVariable String recordType, @PathVariable long recordId) {
        return audit.ofRecord(recordType, recordId).stream().map(this::entry).toList();
    }

    // A page past the last one answers an empty list; the offset must still fit the int the database query takes.
    private static Pageable pageable(int page, int size) {
        int pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
        return PageRequest.of(Math.min(Math.max(0, page), Integer.MAX_VALUE / pageSize - 1), pageSize);
    }

    private AuditPage pageOf(Page<AuditEntryView> entries) {
        return new AuditPage(entries.getContent().stream().map(this::entry).toList(), entries.getNumber(),
                entries.getSize(), entries.getTotalElements(), entries.getTotalPages());
    }

    private AuditEntryJson entry(AuditEntryView view) {
        return new AuditEntryJson(view.id(), view.occurredAt(), view.actorUsername(), view.actorName(),
                view.action(), view.recordType(), view.recordId(), view.subjectCadreId(), tree(view.before()),
                tree(view.after()));
    }

    private JsonNode tree(String state) {
        return state == null ? null : json.readTree(state);
    }

    record AuditPage(List<AuditEntryJson> entries, int page, int size, long totalElements, int totalPages) {
    }

    /** One entry with its states as JSON values rather than strings holding JSON. */
    record AuditEntryJson(long id, Instant occurredAt, String actorUsername, String actorName, String action,
                          String recordType, long recordId, Long subjectCadreId, JsonNode before, JsonNode after) {
    }
}
