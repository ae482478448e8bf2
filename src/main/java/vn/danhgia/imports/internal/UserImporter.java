package vn.danhgia.imports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.NewUserAccount;
import vn.danhgia.platform.accounts.UserAccountChanges;
import vn.danhgia.platform.accounts.UserAdministration;
import vn.danhgia.platform.accounts.UserSummary;

/**
 * User accounts (tài khoản): username, the name shown (the cadre's when left empty), the cadre the account belongs
 * to, e-mail and roles. Administrators only, through {@link UserAdministration}, which checks and audits each
 * account. Creates and updates: a stored account whose name, cadre, e-mail or roles differ from its row is changed
 * (an empty name keeps the stored one; whether it may sign in is left as it is). Passwords are generated and shown
 * once after the import is applied.
 */
@Component
class UserImporter implements Importer {

    private final UserAdministration users;
    private final OrganizationQueries organization;
    private final Column username = Column.required("imports.user.username", 100, "username");
    private final Column displayName = Column.optional("imports.user.displayName", 200, "displayName");
    private final Column cadre = Column.optional("imports.user.cadre", 40, "cadreCode");
    private final Column email = Column.optional("imports.user.email", 255, "email");
    private final Column roles;
    private final Choices<Role> roleChoices;

    UserImporter(UserAdministration users, OrganizationQueries organization, VietnameseMessages vietnamese) {
        this.users = users;
        this.organization = organization;
        this.roleChoices = vietnamese.choices(Role.class, role -> "platform.role." + role.name());
        this.roles = Column.choices("imports.user.roles", true, "roles", roleChoices);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.USERS;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Tài khoản", List.of(username, displayName, cadre, email, roles),
                List.of("nhung.ntn", "Nguyễn Thị Hồng Nhung", "NB101", "nhung.ntn@ninhbinh.gov.vn",
                        roleChoices.labelsOf(Role.CADRE, Role.UNIT_HEAD)));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        Map<String, UserSummary> stored = users.search("", PageRequest.of(0, Integer.MAX_VALUE)).stream()
                .collect(Collectors.toMap(UserSummary::username, Function.identity()));
        List<PlannedRecord> plan = new ArrayList<>();
        FirstRows usernames = new FirstRows();
        FirstRows cadres = new FirstRows();
        for (ImportRow row : rows) {
            String name = row.text(username);
            String shownName = row.text(displayName);
            String cadreCode = row.text(cadre);
            String mail = row.text(email);
            Set<Role> held = row.choices(roles, roleChoices, Role.class);
            if (name != null) {
                usernames.first(row, username, name, name);
            }
            if (cadreCode != null) {
                checkCadre(row, cadreCode, name, stored.values(), cadres);
            }
            if (name != null && name.equals(actor.username()) && held != null && !held.contains(Role.ADMIN)) {
                row.problem(roles, "platform.users.self-lockout");
            }
            if (row.hasProblems()) {
                continue;
            }
            UserSummary account = stored.get(name);
            if (account == null) {
                NewUserAccount created = new NewUserAccount(name, shownName, cadreCode, mail, held);
                plan.add(new PlannedRecord(row.number(), name, ImportAction.CREATE, username,
                        log -> log.issued(users.create(created))));
                continue;
            }
            UserAccountChanges changes = new UserAccountChanges(shownName == null ? account.displayName() : shownName,
                    cadreCode, mail, held, account.enabled(), account.version());
            if (same(account, changes)) {
                plan.add(PlannedRecord.unchanged(row.number(), name, username));
            } else {
                plan.add(new PlannedRecord(row.number(), name, ImportAction.UPDATE, username, log -> {
                    // Changing roles ends the account's sessions, which no rollback undoes: the dry run skips it.
                    if (!log.dryRun()) {
                        users.update(account.id(), changes);
                    }
                }));
            }
        }
        return plan;
    }

    private void checkCadre(ImportRow row, String cadreCode, String name, Collection<UserSummary> stored,
                            FirstRows cadres) {
        if (organization.cadreByCode(cadreCode).isEmpty()) {
            row.problem(cadre, "imports.row.unknown-cadre", cadreCode);
            return;
        }
        cadres.first(row, cadre, cadreCode, cadreCode);
        stored.stream().filter(account -> cadreCode.equals(account.cadreCode())
                        && !account.username().equals(name)).findFirst()
                .ifPresent(holder -> row.problem(cadre, "platform.users.cadre.taken", cadreCode, holder.username()));
    }

    private static boolean same(UserSummary account, UserAccountChanges changes) {
        return account.displayName().equals(changes.displayName())
                && Objects.equals(account.cadreCode(), changes.cadreCode())
                && Objects.equals(account.email(), changes.email())
                && account.roles().equals(changes.roles());
    }
}
