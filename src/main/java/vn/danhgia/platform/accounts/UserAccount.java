package vn.danhgia.platform.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/** A person's login (tài khoản người dùng). The password is stored only as an encoder hash. */
@NamedInterface("accounts")
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The cadre this account belongs to; none for an administrator who is not evaluated here. */
    @Column(name = "cadre_id")
    private Long cadreId;

    /** Where deadline reminders are mailed; none means reminders only in the application. */
    private String email;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    void changeEmail(String email) {
        this.email = email;
    }

    public Optional<Long> getCadreId() {
        return Optional.ofNullable(cadreId);
    }

    /** The account as the services see the person acting through it. */
    public Actor actor() {
        return new Actor(id, username, displayName, getCadreId(), getRoles());
    }

    void linkCadre(Long cadreId) {
        this.cadreId = cadreId;
    }

    public long getVersion() {
        return version;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void assignRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void replacePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
