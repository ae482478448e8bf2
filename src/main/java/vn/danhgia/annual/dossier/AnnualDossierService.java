package vn.danhgia.annual.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.annual.ExcellentProposals;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.Reviewee;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.DocumentFiles;
import vn.danhgia.platform.DocumentStorage;
import vn.danhgia.platform.DocumentUploads;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.annual.AnnualDossierChecklist.Entry;
import vn.danhgia.rules.annual.AnnualDossierChecklist;
import vn.danhgia.rules.annual.AnnualDossierItem.Holder;
import vn.danhgia.rules.annual.AnnualDossierItem;
import vn.danhgia.scheme.AnnualStep;

/**
 * Year-end dossiers (seed 003 §2.1 a "Hồ sơ gồm"): each item uploaded through {@link DocumentUploads} (size and type
 * checked, content addressed by SHA-256) or marked not applicable with a reason where the checklist allows it;
 * completeness per person and per unit; and the unit's package sent upward, one .zip with a manifest and checksums,
 * refused while any dossier misses an item. Who may do what follows the management scope on the year's date: a
 * person sees and fills their own dossier; the unit's leaders, the personnel office serving it and administrators
 * keep the unit's dossiers and send the package. The evidence of an EXCELLENT proposal (item 11) is required of a
 * person whose yearly rating is proposed or decided EXCELLENT ({@link ExcellentProposals}). Every change is audited.
 */
@Service
public class AnnualDossierService {

    public static final String RECORD_TYPE = "ANNUAL_DOSSIER";
    public static final String PACKAGE_RECORD_TYPE = "ANNUAL_DOSSIER_PACKAGE";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int MAX_REASON = 1000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final AnnualDossierRepository dossiers;
    private final DossierEntryRepository entries;
    private final DossierPackageRepository packages;
    private final DocumentUploads uploads;
    private final DocumentStorage storage;
    private final OrganizationQueries organization;
    private final AccessScopes scopes;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final AnnualUnitCalendars calendars;
    private final ReviewSubjects reviewSubjects;
    private final ExcellentProposals excellentProposals;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    AnnualDossierService(AnnualDossierRepository dossiers, DossierEntryRepository entries,
                         DossierPackageRepository packages, DocumentUploads uploads, DocumentStorage storage,
                         OrganizationQueries organization, AccessScopes scopes, CurrentActor currentActor,
                         AuditTrail audit, AnnualUnitCalendars calendars, ReviewSubjects reviewSubjects,
                         ExcellentProposals excellentProposals, MessageSource messages, Clock clock,
                         PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.entries = entries;
        this.packages = packages;
        this.uploads = uploads;
        this.storage = storage;
        this.organization = organization;
        this.scopes = scopes;
        this.currentActor = currentActor;
        this.audit = audit;
        this.calendars = calendars;
        this.reviewSubjects = reviewSubjects;
        this.excellentProposals = excellentProposals;
        this.messages = messages;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The dossiers the unit keeps for the year, each with its checklist; 404 outside the reader's scope. */
    public UnitDossiersView unitDossiers(long unitId, int year) {
        checkYear(year);
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            UnitView unit = keptUnit(actor, unitId, year);
            return new UnitDossiersView(unitId, unit.name(), year, dossiersOf(unit, year),
                    packages.findByUnitIdAndYearOrderByIdDesc(unitId, year).stream()
                            .map(DossierPackage::view).toList());
        });
    }

    /** Completeness of the unit's dossiers for the progress board, without a scope check (the caller made it). */
    UnitDossiersView unitDossiersUnchecked(UnitView unit, int year) {
        return reading.execute(status -> new UnitDossiersView(unit.id().value(), unit.name(), year,
                dossiersOf(unit, year), packages.findByUnitIdAndYearOrderByIdDesc(unit.id().value(), year).stream()
                .map(DossierPackage::view).toList()));
    }

    /** A subject's dossier for the year; 404 when the reader may not see it. */
    public SubjectDossierView dossier(SubjectRef subject, int year) {
        checkYear(year);
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            long unitId = unitOf(subject, year);
            checkSees(actor, subject, unitId, year);
            Optional<AnnualDossier> dossier = dossiers.findByHolderAndSubjectIdAndYear(subject.holder(),
                    subject.id(), year);
            return views(dossier.map(List::of).orElse(List.of()), List.of(subject), Map.of(subject, unitId), year)
                    .get(0);
        });
    }

    /**
     * Stores the file and records it for the item.
     *
     * @throws InvalidInputException for an item not of the subject's checklist, an empty, too large or wrong file
     */
    public ItemView upload(SubjectRef subject, int year, AnnualDossierItem item, String originalName,
                           InputStream content) {
        checkYear(year);
        Actor actor = currentActor.get();
        long unitId = reading.execute(status -> {
            long unit = unitOf(subject, year);
            checkSees(actor, subject, unit, year);
            return unit;
        });
        List<FieldViolation> violations = new ArrayList<>();
        checkItem(subject, item, violations);
        String name = DocumentFiles.safeName(originalName);
        var type = DocumentFiles.typeOf(name);
        if (name.isEmpty() || type.isEmpty()) {
            violations.add(FieldViolation.of("file", "annual.dossier.file.typeNotAllowed"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        DocumentStorage.Stored stored;
        try {
            stored = uploads.checkAndStore(content, type.get());
        } catch (DocumentUploads.Refused refused) {
            throw new InvalidInputException(List.of(switch (refused.reason()) {
                case TOO_LARGE -> FieldViolation.of("file", "annual.dossier.file.tooLarge", uploads.maxMegabytes());
                case CONTENT_MISMATCH -> FieldViolation.of("file", "annual.dossier.file.contentMismatch");
                case NOT_AN_OFFICE_FILE -> FieldViolation.of("file", "annual.dossier.file.notAnOfficeFile");
            }));
        }
        return writing.execute(status -> {
            AnnualDossier dossier = dossierFor(subject, unitId, year);
            DossierEntry entry = entries.save(DossierEntry.uploaded(dossier.getId(), item, name,
                    type.get().contentType(), stored.size(), stored.sha256(), stored.key(), actor.username(),
                    clock.instant()));
            audit.record(new AuditRecord("ANNUAL_DOSSIER_ITEM_UPLOADED", RECORD_TYPE, dossier.getId(),
                    subjectCadre(subject), null, auditOf(entry)));
            return itemOf(subject, year, item);
        });
    }

    /**
     * Marks the item not applicable, with the reason; refused for an item the seed requires (seed 003 §2.1 a), and for
     * the evidence of item 11 while the person is proposed at EXCELLENT.
     */
    public ItemView markNotApplicable(SubjectRef subject, int year, AnnualDossierItem item, String reason) {
        checkYear(year);
        Actor actor = currentActor.get();
        String text = reason == null ? "" : reason.strip();
        return writing.execute(status -> {
            long unitId = unitOf(subject, year);
            checkSees(actor, subject, unitId, year);
            List<FieldViolation> violations = new ArrayList<>();
            checkItem(subject, item, violations);
            if (text.isEmpty()) {
                violations.add(FieldViolation.of("reason", "annual.dossier.reason.required"));
            } else if (text.length() > MAX_REASON) {
                violations.add(FieldViolation.of("reason", "annual.dossier.reason.tooLong", MAX_REASON));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            AnnualDossier dossier = dossierFor(subject, unitId, year);
            boolean excellent = subject.holder() == Holder.INDIVIDUAL
                    && !excellentProposals.among(List.of(subject.id()), year).isEmpty();
            Optional<String> refusal = AnnualDossierChecklist.notApplicableRefusal(item, excellent);
            if (refusal.isPresent()) {
                throw new RuleRefusedException(refusal.get(), item.number());
            }
            DossierEntry entry = entries.save(DossierEntry.notApplicable(dossier.getId(), item, text,
                    actor.username(), clock.instant()));
            audit.record(new AuditRecord("ANNUAL_DOSSIER_ITEM_NOT_APPLICABLE", RECORD_TYPE, dossier.getId(),
                    subjectCadre(subject), null, auditOf(entry)));
            return itemOf(subject, year, item);
        });
    }

    /** The uploaded file of an entry, checked against its SHA-256; 404 when the reader may not see its dossier. */
    public DossierFile entryFile(long entryId) {
        Actor actor = currentActor.get();
        DossierEntry entry = reading.execute(status -> {
            DossierEntry found = entries.findById(entryId)
                    .filter(e -> e.kind() == Entry.UPLOADED)
                    .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, entryId));
            AnnualDossier dossier = dossiers.findById(found.dossierId()).orElseThrow();
            if (!sees(actor, dossier.subject(), dossier.unitId(), dossier.year())) {
                throw new RecordNotFoundException(RECORD_TYPE, entryId);
            }
            return found;
        });
        return new DossierFile(entry.originalName(), entry.contentType(), checked(entry));
    }

    /**
     * Sends the unit's dossiers upward as one .zip: each uploaded file under its subject's folder, a manifest (who,
     * item, file, SHA-256, size, uploaded by and at, reasons for items not applicable) and a SHA256SUMS list. Refused
     * while a dossier misses an item, naming each person and item missing; recorded and audited when sent.
     */
    public PackageView send(long unitId, int year) {
        checkYear(year);
        Actor actor = currentActor.get();
        UnitDossiersView unit = reading.execute(status -> {
            UnitView found = keptUnit(actor, unitId, year);
            if (!actor.has(Role.ADMIN) && !actor.has(Role.PERSONNEL_OFFICER) && !actor.has(Role.UNIT_HEAD)) {
                throw new AccessRefusedException("annual.dossier.refused.not-keeper");
            }
            return new UnitDossiersView(unitId, found.name(), year, dossiersOf(found, year), List.of());
        });
        if (unit.dossiers().isEmpty()) {
            throw new RuleRefusedException("annual.dossier.package.empty");
        }
        if (!unit.complete()) {
            String missing = unit.dossiers().stream().filter(d -> !d.complete())
                    .map(d -> d.name() + ": " + d.missing().stream().map(item -> "(" + item.number() + ") "
                            + messages.getMessage("annual.dossier.item." + item.name(), null, VIETNAMESE))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
            throw new RuleRefusedException("annual.dossier.package.incomplete", missing);
        }
        byte[] zip = zip(unit);
        DocumentStorage.Stored stored;
        try {
            stored = storage.store(new ByteArrayInputStream(zip), Long.MAX_VALUE);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not store the dossier package", failed);
        }
        String addressee = calendars.forUnit(unitId)
                .flatMap(calendar -> calendar.step(AnnualStep.DOSSIERS_UPWARD))
                .map(step -> step.addressee()).orElse(null);
        String fileName = "ho-so-%d-%s.zip".formatted(year, organization.unit(new UnitId(unitId))
                .map(UnitView::code).orElse(String.valueOf(unitId)));
        return writing.execute(status -> {
            DossierPackage sent = packages.save(new DossierPackage(unitId, year, addressee, fileName, stored.size(),
                    stored.sha256(), stored.key(), unit.dossiers().size(), actor.username(), clock.instant()));
            PackageView view = sent.view();
            audit.record(new AuditRecord("ANNUAL_DOSSIER_SENT", PACKAGE_RECORD_TYPE, view.id(), null, null, view));
            return view;
        });
    }

    /** A package sent, checked against its SHA-256; 404 outside the reader's scope. */
    public DossierFile packageFile(long packageId) {
        Actor actor = currentActor.get();
        DossierPackage found = reading.execute(status -> {
            DossierPackage sent = packages.findById(packageId)
                    .orElseThrow(() -> new RecordNotFoundException(PACKAGE_RECORD_TYPE, packageId));
            PackageView view = sent.view();
            if (!keeps(actor, view.unitId(), view.year())) {
                throw new RecordNotFoundException(PACKAGE_RECORD_TYPE, packageId);
            }
            return sent;
        });
        PackageView view = found.view();
        try {
            return new DossierFile(view.fileName(), "application/zip",
                    uploads.readChecked(found.storageKey(), view.sha256(), view.size()));
        } catch (DocumentUploads.Unreadable unreadable) {
            throw new RuleRefusedException(unreadable.missing() ? "annual.dossier.file.missing"
                    : "annual.dossier.file.checksumMismatch", view.fileName());
        }
    }

    // --- reading

    /**
     * The unit's subjects (membership's {@link ReviewSubjects}): the unit itself when it is reviewed as a collective,
     * and each person reviewed there, at their workplace or, for a party cell, as its active member; people not
     * reviewed (exempt, suspended, admitted less than six months before) have no dossier. Dossiers already recorded
     * for the unit stay listed.
     */
    private List<SubjectDossierView> dossiersOf(UnitView unit, int year) {
        long unitId = unit.id().value();
        LocalDate date = scopeDate(year);
        Map<SubjectRef, Long> subjects = new LinkedHashMap<>();
        reviewSubjects.collective(unit.id(), date).ifPresent(collective -> subjects.put(SubjectRef.unit(unitId), unitId));
        List<Reviewee> reviewees = reviewSubjects.revieweesUnder(unit.id(), date);
        Set<Long> notReviewed = reviewees.stream().filter(person -> !person.reviewed())
                .map(person -> person.cadre().value()).collect(Collectors.toSet());
        // The people in post in the unit, then the members active in it as a cell.
        organization.cadresWithPositionsIn(List.of(unit.id()), date).stream()
                .sorted(Comparator.comparing(CadreWithPosition::rank).thenComparing(CadreWithPosition::cadreCode))
                .filter(post -> !notReviewed.contains(post.cadreId().value()))
                .forEach(post -> subjects.putIfAbsent(SubjectRef.cadre(post.cadreId().value()), unitId));
        reviewees.stream()
                .filter(Reviewee::reviewed)
                .filter(person -> unit.id().equals(person.workplace()) || unit.id().equals(person.cell()))
                .forEach(person -> subjects.putIfAbsent(SubjectRef.cadre(person.cadre().value()), unitId));
        List<AnnualDossier> found = dossiers.findByYearAndUnitIdIn(year, List.of(unitId));
        found.forEach(dossier -> subjects.putIfAbsent(dossier.subject(), unitId));
        List<AnnualDossier> all = new ArrayList<>(found);
        Set<SubjectRef> keptHere = found.stream().map(AnnualDossier::subject).collect(Collectors.toSet());
        // The dossiers the unit's people keep elsewhere (recorded at another unit), read per holder, not per person.
        subjects.keySet().stream().filter(subject -> !keptHere.contains(subject))
                .collect(Collectors.groupingBy(SubjectRef::holder,
                        Collectors.mapping(SubjectRef::id, Collectors.toList())))
                .forEach((holder, ids) -> all.addAll(dossiers.findByYearAndHolderAndSubjectIdIn(year, holder, ids)));
        return views(all, List.copyOf(subjects.keySet()), subjects, year);
    }

    private List<SubjectDossierView> views(List<AnnualDossier> found, List<SubjectRef> subjects,
                                           Map<SubjectRef, Long> unitOf, int year) {
        Map<SubjectRef, AnnualDossier> bySubject = found.stream()
                .collect(Collectors.toMap(AnnualDossier::subject, d -> d, (a, b) -> a));
        Map<Long, List<DossierEntry>> entriesOf = entries.findByDossierIdInOrderByIdAsc(
                        found.stream().map(AnnualDossier::getId).toList()).stream()
                .collect(Collectors.groupingBy(DossierEntry::dossierId));
        Map<Long, CadreView> cadres = organization.cadres(subjects.stream()
                        .filter(s -> s.holder() == Holder.INDIVIDUAL).map(s -> new CadreId(s.id())).toList())
                .stream().collect(Collectors.toMap(c -> c.id().value(), c -> c));
        Map<Long, UnitView> units = new java.util.HashMap<>();
        Set<Long> excellentOnes = excellentProposals.among(subjects.stream()
                .filter(s -> s.holder() == Holder.INDIVIDUAL).map(SubjectRef::id).toList(), year);
        List<SubjectDossierView> views = new ArrayList<>();
        for (SubjectRef subject : subjects) {
            AnnualDossier dossier = bySubject.get(subject);
            long unitId = dossier != null ? dossier.unitId() : unitOf.get(subject);
            UnitView unit = units.computeIfAbsent(unitId, id -> organization.unit(new UnitId(id)).orElseThrow());
            String code;
            String name;
            if (subject.holder() == Holder.INDIVIDUAL) {
                CadreView cadre = cadres.get(subject.id());
                if (cadre == null) {
                    throw new RecordNotFoundException(RECORD_TYPE, subject.key());
                }
                code = cadre.code();
                name = cadre.fullName();
            } else {
                UnitView collective = units.computeIfAbsent(subject.id(),
                        id -> organization.unit(new UnitId(id)).orElseThrow());
                code = collective.code();
                name = collective.name();
            }
            boolean excellent = subject.holder() == Holder.INDIVIDUAL && excellentOnes.contains(subject.id());
            Map<AnnualDossierItem, DossierEntry> newest = new EnumMap<>(AnnualDossierItem.class);
            if (dossier != null) {
                entriesOf.getOrDefault(dossier.getId(), List.of()).forEach(e -> newest.put(e.item(), e));
            }
            Map<AnnualDossierItem, Entry> recorded = new EnumMap<>(AnnualDossierItem.class);
            newest.forEach((item, entry) -> recorded.put(item, entry.kind()));
            List<AnnualDossierItem> missing = AnnualDossierChecklist.missing(subject.holder(), recorded, excellent);
            List<ItemView> items = AnnualDossierChecklist.items(subject.holder()).stream()
                    .map(item -> itemView(item, newest.get(item), missing.contains(item), excellent)).toList();
            views.add(new SubjectDossierView(subject, code, name, unitId, unit.name(), year, excellent, items,
                    missing));
        }
        return views;
    }

    private static ItemView itemView(AnnualDossierItem item, DossierEntry entry, boolean missing, boolean excellent) {
        boolean mayBeNotApplicable = AnnualDossierChecklist.notApplicableRefusal(item, excellent).isEmpty();
        if (entry == null) {
            return new ItemView(item, null, null, null, null, null, null, null, null, missing, mayBeNotApplicable);
        }
        return new ItemView(item, entry.kind(), entry.getId(), entry.originalName(), entry.size(), entry.sha256(),
                entry.reason(), entry.recordedBy(), entry.recordedAt(), missing, mayBeNotApplicable);
    }

    private ItemView itemOf(SubjectRef subject, int year, AnnualDossierItem item) {
        AnnualDossier dossier = dossiers.findByHolderAndSubjectIdAndYear(subject.holder(), subject.id(), year)
                .orElseThrow();
        return views(List.of(dossier), List.of(subject), Map.of(subject, dossier.unitId()), year).get(0).items()
                .stream().filter(view -> view.item() == item).findFirst().orElseThrow();
    }

    private AnnualDossier dossierFor(SubjectRef subject, long unitId, int year) {
        return dossiers.findByHolderAndSubjectIdAndYear(subject.holder(), subject.id(), year)
                .orElseGet(() -> dossiers.saveAndFlush(new AnnualDossier(subject, unitId, year)));
    }

    /** The unit that keeps the subject's dossier: the one recorded, else the cadre's post on the year's date. */
    private long unitOf(SubjectRef subject, int year) {
        Optional<AnnualDossier> dossier = dossiers.findByHolderAndSubjectIdAndYear(subject.holder(), subject.id(),
                year);
        if (dossier.isPresent()) {
            return dossier.get().unitId();
        }
        if (subject.holder() == Holder.COLLECTIVE) {
            // Only a unit reviewed as a collective has a collective's dossier.
            return reviewSubjects.collective(new UnitId(subject.id()), scopeDate(year)).map(c -> c.unit().value())
                    .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, subject.key()));
        }
        Optional<Long> post = scopes.postsOf(new CadreId(subject.id()), scopeDate(year)).stream().findFirst()
                .map(found -> found.unit().value());
        if (post.isPresent()) {
            return post.get();
        }
        // A member who holds no post (chi bộ tổ dân phố) keeps their dossier at their cell.
        Reviewee person = reviewSubjects.reviewee(new CadreId(subject.id()), scopeDate(year));
        if (person.cell() == null) {
            throw new RecordNotFoundException(RECORD_TYPE, subject.key());
        }
        return person.cell().value();
    }

    private byte[] checked(DossierEntry entry) {
        try {
            return uploads.readChecked(entry.storageKey(), entry.sha256(), entry.size());
        } catch (DocumentUploads.Unreadable unreadable) {
            throw new RuleRefusedException(unreadable.missing() ? "annual.dossier.file.missing"
                    : "annual.dossier.file.checksumMismatch", entry.originalName());
        }
    }

    // --- the package

    private byte[] zip(UnitDossiersView unit) {
        Map<Long, DossierEntry> byId = reading.execute(status -> entries.findAllById(unit.dossiers().stream()
                        .flatMap(d -> d.items().stream()).map(ItemView::entryId)
                        .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(DossierEntry::getId, e -> e)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder manifest = new StringBuilder("\uFEFF");
        StringBuilder sums = new StringBuilder();
        manifest.append(csv(List.of(text("manifest.subject-code"), text("manifest.subject"),
                text("manifest.item-number"), text("manifest.item"), text("manifest.entry"), text("manifest.file"),
                text("manifest.original-name"), text("manifest.sha256"), text("manifest.size"),
                text("manifest.recorded-by"), text("manifest.recorded-at"), text("manifest.reason"))));
        Set<String> paths = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (SubjectDossierView dossier : unit.dossiers()) {
                String folder = DocumentFiles.safeName(dossier.code() + " " + dossier.name()).replace(' ', '_');
                for (ItemView item : dossier.items()) {
                    if (item.entry() == null) {
                        continue;
                    }
                    String path = "";
                    if (item.entry() == Entry.UPLOADED) {
                        DossierEntry entry = byId.get(item.entryId());
                        path = "%s/%02d-%s".formatted(folder, item.item().number(), entry.originalName());
                        if (!paths.add(path)) {
                            path = "%s/%02d-%d-%s".formatted(folder, item.item().number(), entry.getId(),
                                    entry.originalName());
                            paths.add(path);
                        }
                        zip.putNextEntry(new ZipEntry(path));
                        zip.write(checked(entry));
                        zip.closeEntry();
                        sums.append(entry.sha256()).append("  ").append(path).append('\n');
                    }
                    manifest.append(csv(List.of(dossier.code(), dossier.name(),
                            String.valueOf(item.item().number()),
                            messages.getMessage(item.messageKey(), null, VIETNAMESE),
                            text("entry." + item.entry().name()), path,
                            item.originalName() == null ? "" : item.originalName(),
                            item.sha256() == null ? "" : item.sha256(),
                            item.size() == null ? "" : String.valueOf(item.size()),
                            item.recordedBy(), STAMP.format(item.recordedAt()),
                            item.reason() == null ? "" : item.reason())));
                }
            }
            byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(manifestBytes);
            zip.closeEntry();
            sums.append(sha256Hex(manifestBytes)).append("  manifest.csv\n");
            zip.putNextEntry(new ZipEntry("SHA256SUMS"));
            zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException failed) {
            throw new UncheckedIOException("could not write the dossier package", failed);
        }
        return bytes.toByteArray();
    }

    static String sha256Hex(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private String text(String key) {
        return messages.getMessage("annual.dossier." + key, null, VIETNAMESE);
    }

    private static String csv(List<String> cells) {
        return cells.stream().map(cell -> {
            String value = cell == null ? "" : cell;
            // A cell a spreadsheet would run as a formula is kept as text.
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }).collect(Collectors.joining(",")) + "\r\n";
    }

    // --- access

    /** The year's date for scopes: today in the current year, the year's last day for a past year. */
    LocalDate scopeDate(int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isAfter(last) ? last : today;
    }

    private UnitView keptUnit(Actor actor, long unitId, int year) {
        UnitView unit = organization.unit(new UnitId(unitId))
                .orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
        if (!keeps(actor, unitId, year)) {
            throw new RecordNotFoundException("UNIT", unitId);
        }
        return unit;
    }

    /** The units whose dossiers the person keeps in the year, by code. */
    public List<UnitView> keptUnits(int year) {
        Actor actor = currentActor.get();
        Set<UnitId> visible = actor.has(Role.ADMIN) ? null : scopes.of(actor, scopeDate(year)).visibleUnits();
        return organization.units().stream().filter(unit -> visible == null || visible.contains(unit.id())).toList();
    }

    /** The unit's leaders, the personnel office serving it and administrators keep its dossiers. */
    boolean keeps(Actor actor, long unitId, int year) {
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        AccessScope scope = scopes.of(actor, scopeDate(year));
        return scope.visibleUnits().contains(new UnitId(unitId));
    }

    private boolean sees(Actor actor, SubjectRef subject, long unitId, int year) {
        if (keeps(actor, unitId, year)) {
            return true;
        }
        if (subject.holder() == Holder.INDIVIDUAL) {
            CadreId cadre = new CadreId(subject.id());
            List<CadrePost> posts = scopes.postsOf(cadre, scopeDate(year));
            return actor.isCadre(subject.id()) || scopes.of(actor, scopeDate(year)).canSee(cadre, posts);
        }
        return false;
    }

    private void checkSees(Actor actor, SubjectRef subject, long unitId, int year) {
        if (!sees(actor, subject, unitId, year)) {
            throw new RecordNotFoundException(RECORD_TYPE, subject.key());
        }
    }

    private static void checkItem(SubjectRef subject, AnnualDossierItem item, List<FieldViolation> violations) {
        if (item == null || item.holder() != subject.holder()) {
            violations.add(FieldViolation.of("item", "annual.dossier.item.notOfChecklist"));
        }
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2200) {
            throw new InvalidInputException(List.of(FieldViolation.of("year", "annual.dossier.year.invalid")));
        }
    }

    private static Long subjectCadre(SubjectRef subject) {
        return subject.holder() == Holder.INDIVIDUAL ? subject.id() : null;
    }

    private static Map<String, Object> auditOf(DossierEntry entry) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("item", entry.item().number());
        if (entry.kind() == Entry.UPLOADED) {
            values.put("fileName", entry.originalName());
            values.put("sha256", entry.sha256());
        } else {
            values.put("reason", entry.reason());
        }
        return values;
    }
}
