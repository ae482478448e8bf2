package vn.danhgia.catalog.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.catalog.CatalogVersionApproved;
import vn.danhgia.catalog.CatalogVersionSummary;
import vn.danhgia.catalog.CatalogVersionView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;

/**
 * Checks, in this order: the person may see the unit (else 404), may do this (else 403), read the version they
 * change (else 409), sent valid input (else 400), and the version is in a state that allows it (else 409).
 */
@Service
@Transactional
class JpaCatalogService implements CatalogService {

    static final String RECORD_TYPE = "CATALOG_VERSION";

    private final CatalogVersionRepository versions;
    private final OrganizationQueries organization;
    private final AccessScopes scopes;
    private final CurrentActor currentActor;
    private static final Set<String> PREPARING = Set.of("CATALOG_DRAFTED", "CATALOG_ITEM_ADDED",
            "CATALOG_ITEM_UPDATED", "CATALOG_ITEM_REMOVED", "CATALOG_SUBMITTED");

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    JpaCatalogService(CatalogVersionRepository versions, OrganizationQueries organization, AccessScopes scopes,
                      CurrentActor currentActor, AuditTrail audit, ApplicationEventPublisher events,
                      EntityManager entityManager, Clock clock) {
        this.versions = versions;
        this.organization = organization;
        this.scopes = scopes;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogVersionSummary> catalogues(Optional<UnitId> unit) {
        CatalogAccess access = access();
        Map<UnitId, UnitView> units = organization.units().stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
        List<CatalogVersion> found;
        if (access.actor().has(Role.ADMIN) && unit.isEmpty()) {
            found = versions.findAllByOrderByVersionNumberDesc();
        } else {
            List<Long> visible = units.keySet().stream()
                    .filter(candidate -> unit.map(candidate::equals).orElse(true))
                    .filter(access::canRead)
                    .map(UnitId::value).toList();
            found = visible.isEmpty() ? List.of() : versions.findByUnitIdInOrderByVersionNumberDesc(visible);
        }
        return found.stream()
                .map(version -> CatalogViews.summary(version, units.get(new UnitId(version.unitId()))))
                .sorted(Comparator.comparing(CatalogVersionSummary::unitCode)
                        .thenComparing(Comparator.comparingInt(CatalogVersionSummary::versionNumber).reversed()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogVersionView version(long versionId) {
        CatalogAccess access = access();
        return view(readable(versionId, access), access);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitView> unitsForDrafting() {
        CatalogAccess access = access();
        return organization.units().stream().filter(unit -> access.canDraft(unit.id())).toList();
    }

    @Override
    public CatalogVersionView draftNewVersion(UnitId unit, String title, BigDecimal standardPoints) {
        CatalogAccess access = access();
        if (organization.unit(unit).isEmpty() || !access.canRead(unit) && !access.canDraft(unit)) {
            throw new RecordNotFoundException("UNIT", unit.value());
        }
        requireDrafter(access, unit);
        CatalogInputPolicy.checkDraft(title, standardPoints);
        versions.findByUnitIdAndStatusIn(unit.value(), CatalogVersion.open()).stream().findFirst()
                .ifPresent(open -> {
                    throw new RuleRefusedException("catalog.refused.open-version", open.versionNumber());
                });
        CatalogVersion draft = CatalogVersion.draft(unit.value(), versions.lastVersionNumber(unit.value()) + 1, title,
                standardPoints, access.actor().username(), clock.instant(),
                versions.findFirstByUnitIdAndStatus(unit.value(), CatalogStatus.APPROVED));
        try {
            versions.saveAndFlush(draft);
        } catch (DataIntegrityViolationException raced) {
            // Someone drafted the same version number of the unit at the same moment.
            throw new ObjectOptimisticLockingFailureException(CatalogVersion.class, unit.value(), raced);
        }
        audit.record(new AuditRecord("CATALOG_DRAFTED", RECORD_TYPE, draft.id(), null, null, state(draft)));
        return view(draft, access);
    }

    @Override
    public CatalogVersionView addItem(long versionId, long expectedVersion, CatalogItemInput item) {
        CatalogAccess access = access();
        CatalogVersion version = editable(versionId, expectedVersion, access);
        CatalogInputPolicy.checkItem(item);
        CatalogItem added = version.addItem(item);
        versions.flush();
        audit.record(new AuditRecord("CATALOG_ITEM_ADDED", RECORD_TYPE, versionId, null, null, itemState(added)));
        return view(version, access);
    }

    @Override
    public CatalogVersionView updateItem(long versionId, long itemId, long expectedVersion, CatalogItemInput item) {
        CatalogAccess access = access();
        CatalogVersion version = editable(versionId, expectedVersion, access);
        CatalogItem stored = itemOf(version, itemId);
        CatalogInputPolicy.checkItem(item);
        Map<String, Object> before = itemState(stored);
        version.updateItem(stored, item);
        // The item's row changes, not the version's: raise the version so a concurrent editor's copy is stale.
        entityManager.lock(version, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        versions.flush();
        audit.record(new AuditRecord("CATALOG_ITEM_UPDATED", RECORD_TYPE, versionId, null, before,
                itemState(stored)));
        return view(version, access);
    }

    @Override
    public CatalogVersionView removeItem(long versionId, long itemId, long expectedVersion) {
        CatalogAccess access = access();
        CatalogVersion version = editable(versionId, expectedVersion, access);
        CatalogItem stored = itemOf(version, itemId);
        Map<String, Object> before = itemState(stored);
        List<CatalogItem> after = version.removeItem(stored);
        versions.flush();
        for (CatalogItem moved : after) {
            moved.renumber(moved.itemNumber() - 1);
            versions.flush();
        }
        audit.record(new AuditRecord("CATALOG_ITEM_REMOVED", RECORD_TYPE, versionId, null, before, null));
        return view(version, access);
    }

    @Override
    public CatalogVersionView submit(long versionId, long expectedVersion) {
        CatalogAccess access = access();
        CatalogVersion version = readable(versionId, access);
        requireDrafter(access, new UnitId(version.unitId()));
        requireVersion(version, expectedVersion);
        Map<String, Object> before = state(version);
        version.submit(clock.instant());
        versions.flush();
        audit.record(new AuditRecord("CATALOG_SUBMITTED", RECORD_TYPE, versionId, null, before, state(version)));
        return view(version, access);
    }

    @Override
    public CatalogVersionView approve(long versionId, long expectedVersion) {
        CatalogAccess access = access();
        CatalogVersion version = decidable(versionId, expectedVersion, access);
        Optional<CatalogVersion> previous = versions.findFirstByUnitIdAndStatus(version.unitId(),
                CatalogStatus.APPROVED);
        Map<String, Object> before = state(version);
        version.approve(access.actor().username(), clock.instant());
        previous.ifPresent(superseded -> {
            Map<String, Object> was = state(superseded);
            superseded.supersede();
            audit.record(new AuditRecord("CATALOG_SUPERSEDED", RECORD_TYPE, superseded.id(), null, was,
                    state(superseded)));
        });
        versions.flush();
        audit.record(new AuditRecord("CATALOG_APPROVED", RECORD_TYPE, versionId, null, before, state(version)));
        events.publishEvent(new CatalogVersionApproved(versionId, new UnitId(version.unitId()),
                version.versionNumber(), previous.map(CatalogVersion::id)));
        return view(version, access);
    }

    @Override
    public CatalogVersionView returnForRevision(long versionId, long expectedVersion, String note) {
        CatalogAccess access = access();
        CatalogVersion version = decidable(versionId, expectedVersion, access);
        CatalogInputPolicy.checkReturnNote(note);
        Map<String, Object> before = state(version);
        version.returnForRevision(access.actor().username(), clock.instant(), note);
        versions.flush();
        audit.record(new AuditRecord("CATALOG_RETURNED", RECORD_TYPE, versionId, null, before, state(version)));
        return view(version, access);
    }

    private CatalogAccess access() {
        var actor = currentActor.get();
        return new CatalogAccess(actor, scopes.of(actor, LocalDate.now(clock)));
    }

    private CatalogVersion readable(long versionId, CatalogAccess access) {
        return versions.findById(versionId)
                .filter(version -> access.canRead(new UnitId(version.unitId())))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, versionId));
    }

    private CatalogVersion editable(long versionId, long expectedVersion, CatalogAccess access) {
        CatalogVersion version = readable(versionId, access);
        requireDrafter(access, new UnitId(version.unitId()));
        requireVersion(version, expectedVersion);
        return version;
    }

    private CatalogVersion decidable(long versionId, long expectedVersion, CatalogAccess access) {
        CatalogVersion version = readable(versionId, access);
        if (!access.leadsOrIsAuthorityOver(new UnitId(version.unitId()))) {
            throw new AccessRefusedException("catalog.refused.not-leadership");
        }
        if (access.drafted(version) || prepared(version, access)) {
            throw new AccessRefusedException("catalog.refused.own-draft", version.versionNumber());
        }
        requireVersion(version, expectedVersion);
        return version;
    }

    // Separation of duties: whoever drafted, edited or submitted the version (as the audit trail shows) may not also
    // decide on it, even when they hold a leadership post too.
    private boolean prepared(CatalogVersion version, CatalogAccess access) {
        return audit.ofRecord(RECORD_TYPE, version.id()).stream()
                .anyMatch(entry -> PREPARING.contains(entry.action())
                        && entry.actorUsername().equals(access.actor().username()));
    }

    private static void requireDrafter(CatalogAccess access, UnitId unit) {
        if (!access.canDraft(unit)) {
            throw new AccessRefusedException("catalog.refused.not-personnel-office");
        }
    }

    /** The caller's copy may be older than this transaction; @Version only guards the time in between. */
    private static void requireVersion(CatalogVersion version, long expectedVersion) {
        if (version.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CatalogVersion.class, version.id());
        }
    }

    private static CatalogItem itemOf(CatalogVersion version, long itemId) {
        return version.item(itemId).orElseThrow(() -> new RecordNotFoundException("CATALOG_ITEM", itemId));
    }

    private CatalogVersionView view(CatalogVersion version, CatalogAccess access) {
        UnitView unit = organization.unit(new UnitId(version.unitId())).orElseThrow();
        return CatalogViews.version(version, unit, access.allowed(version,
                version.status() == CatalogStatus.SUBMITTED && prepared(version, access)));
    }

    private static Map<String, Object> state(CatalogVersion version) {
        var state = new java.util.LinkedHashMap<String, Object>();
        state.put("unitId", version.unitId());
        state.put("versionNumber", version.versionNumber());
        state.put("status", version.status());
        state.put("title", version.title());
        state.put("standardPoints", version.standardPoints());
        state.put("items", version.items().size());
        if (version.decisionNote() != null) {
            state.put("decisionNote", version.decisionNote());
        }
        return state;
    }

    private static Map<String, Object> itemState(CatalogItem item) {
        var input = item.input();
        var state = new java.util.LinkedHashMap<String, Object>();
        state.put("itemId", item.id());
        state.put("itemNumber", item.itemNumber());
        state.put("task", input.task());
        state.put("approvalLevel", input.approvalLevel());
        state.put("difficulty", input.difficulty());
        state.put("productType", input.productType());
        state.put("quantity", input.quantity());
        state.put("deadlinePattern", input.deadlinePattern());
        state.put("note", input.note());
        state.put("points", input.points());
        return state;
    }
}
