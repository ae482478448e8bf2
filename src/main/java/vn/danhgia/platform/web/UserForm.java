package vn.danhgia.platform.web;

import java.util.EnumSet;
import java.util.Set;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.NewUserAccount;
import vn.danhgia.platform.accounts.UserAccountChanges;
import vn.danhgia.platform.accounts.UserSummary;

/** The account form of the administrators' pages; the version is the one the form was drawn from. */
public class UserForm {

    private String username;
    private String displayName;
    private String cadreCode;
    private String email;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    private long version;

    static UserForm blank() {
        UserForm form = new UserForm();
        form.roles = EnumSet.of(Role.CADRE);
        return form;
    }

    static UserForm of(UserSummary account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.cadreCode = account.cadreCode();
        form.email = account.email();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    NewUserAccount toNewAccount() {
        return new NewUserAccount(username, displayName, cadreCode, email, roles);
    }

    UserAccountChanges toChanges() {
        return new UserAccountChanges(displayName, cadreCode, email, roles, enabled, version);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getCadreCode() {
        return cadreCode;
    }

    public void setCadreCode(String cadreCode) {
        this.cadreCode = cadreCode;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
