package vn.danhgia.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.planning.DeadlineExtensionView;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.quarterly.SubmissionDeadline;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

@Service
@Transactional
class JpaDeadlineExtensions implements DeadlineExtensions {

    static final String RECORD_TYPE = "DEADLINE_EXTENSION";
    private static final Set<DeadlineStep> EXTENDABLE = Set.of(DeadlineStep.PLAN, DeadlineStep.SELF_ASSESSMENT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int REASON_MAX = 2000;

    private final DeadlineExtensionRepository extensions;
    private final CurrentActor currentActor;
    private final AccessScopes scopes;
    private final SchemeCatalog schemes;
    private final AuditTrail audit;
    private final Clock clock;

    JpaDeadlineExtensions(DeadlineExtensionRepository extensions, CurrentActor currentActor, AccessScopes scopes,
                          SchemeCatalog schemes, AuditTrail audit, Clock clock) {
        this.extensions = extensions;
        this.currentActor = currentActor;
        this.scopes = scopes;
        this.schemes = schemes;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public DeadlineExtensionView grant(CadreId cadre, DeadlineStep step, Quarter quarter, LocalDate lastDay,
                                       String reason, Long expectedVersion) {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now(clock);
        if (!scopes.canApprove(actor, cadre, today)) {
            throw new AccessRefusedException("planning.extension.refusal.not-approver");
        }
        EvaluationSchemeView scheme = schemes.inForce(quarter.firstDay())
                .filter(inForce -> inForce.rates(quarter))
                .orElseThrow(() -> new RuleRefusedException("planning.refusal.quarter-not-rated", quarter.toString()));
        Optional<LocalDate> schemeLastDay = EXTENDABLE.contains(step) ? scheme.lastDayInTime(step, quarter)
                : Optional.empty();
        String text = reason == null ? "" : reason.strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (!EXTENDABLE.contains(step)) {
            violations.add(FieldViolation.of("step", "planning.extension.invalid.step"));
        } else if (schemeLastDay.isEmpty()) {
            violations.add(FieldViolation.of("step", "planning.extension.invalid.no-deadline", quarter.toString()));
        }
        if (lastDay == null) {
            violations.add(FieldViolation.of("lastDay", "planning.extension.invalid.last-day-required"));
        } else if (schemeLastDay.isPresent()
                && !SubmissionDeadline.extensionAllowed(schemeLastDay.get(), lastDay, today)) {
            violations.add(FieldViolation.of("lastDay", "planning.extension.invalid.last-day",
                    DAY.format(schemeLastDay.get()), DAY.format(today)));
        }
        if (text.isEmpty()) {
            violations.add(FieldViolation.of("reason", "planning.extension.invalid.reason-required"));
        } else if (text.length() > REASON_MAX) {
            violations.add(FieldViolation.of("reason", "planning.invalid.too-long", REASON_MAX));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Optional<DeadlineExtension> existing = extensions.findFor(cadre.value(), step, quarter.year(),
                quarter.number());
        long current = existing.map(DeadlineExtension::version).orElse(-1L);
        if ((expectedVersion == null && existing.isPresent())
                || (expectedVersion != null && expectedVersion != current)) {
            throw new ObjectOptimisticLockingFailureException(DeadlineExtension.class, cadre.value());
        }
        DeadlineExtension extension = existing.orElseGet(() -> new DeadlineExtension(cadre.value(), step, quarter));
        DeadlineExtension.Snapshot before = existing.map(DeadlineExtension::snapshot).orElse(null);
        extension.grant(lastDay, lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), text,
                actor.displayName(), clock.instant());
        try {
            extension = extensions.saveAndFlush(extension);
        } catch (DataIntegrityViolationException raced) {
            // Another approver granted the same extension at the same moment: theirs stands, this one is stale.
            throw new ObjectOptimisticLockingFailureException(DeadlineExtension.class, cadre.value(), raced);
        }
        audit.record(new AuditRecord(existing.isPresent() ? "DEADLINE_EXTENSION_REPLACED" : "DEADLINE_EXTENSION_GRANTED",
                RECORD_TYPE, extension.getId(), cadre.value(), before, extension.snapshot()));
        return view(extension, schemeLastDay.orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeadlineExtensionView> find(CadreId cadre, DeadlineStep step, Quarter quarter) {
        return extensions.findFor(cadre.value(), step, quarter.year(), quarter.number())
                .map(extension -> view(extension, schemes.inForce(quarter.firstDay())
                        .flatMap(scheme -> scheme.lastDayInTime(step, quarter)).orElse(null)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CadreId, DeadlineExtensionView> find(Collection<CadreId> cadres, DeadlineStep step, Quarter quarter) {
        if (cadres.isEmpty()) {
            return Map.of();
        }
        List<DeadlineExtension> found = extensions.findForAll(cadres.stream().map(CadreId::value).distinct().toList(),
                step, quarter.year(), quarter.number());
        if (found.isEmpty()) {
            return Map.of();
        }
        LocalDate schemeLastDay = schemes.inForce(quarter.firstDay())
                .flatMap(scheme -> scheme.lastDayInTime(step, quarter)).orElse(null);
        Map<CadreId, DeadlineExtensionView> views = new HashMap<>();
        found.forEach(extension -> views.put(new CadreId(extension.cadreId()), view(extension, schemeLastDay)));
        return views;
    }

    @Override
    @Transactional(readOnly = true)
    public SubmissionDeadline deadline(CadreId cadre, DeadlineStep step, Quarter quarter,
                                       Optional<LocalDate> schemeLastDay) {
        if (schemeLastDay.isEmpty()) {
            return new SubmissionDeadline(null, null);
        }
        return new SubmissionDeadline(schemeLastDay.get(), extensions.findFor(cadre.value(), step, quarter.year(),
                quarter.number()).map(DeadlineExtension::lastDay).orElse(null));
    }

    private static DeadlineExtensionView view(DeadlineExtension extension, LocalDate schemeLastDay) {
        return new DeadlineExtensionView(extension.getId(), extension.version(), new CadreId(extension.cadreId()),
                extension.step(), extension.quarter(), schemeLastDay, extension.lastDay(), extension.reason(),
                extension.grantedBy(), extension.grantedAt());
    }
}
