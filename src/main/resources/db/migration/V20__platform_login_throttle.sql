-- Sign-in throttle (OWASP ASVS 2.2.1), shared by every application instance. A row is one counting window: the
-- password checks reserved for one account from one client address ("address" rows), and for one account from
-- addresses it has never signed in from ("account" rows). A check is reserved by a conditional update before the
-- password is compared, so parallel attempts cannot exceed the limit.
drop table login_attempt;

create table login_throttle (
    throttle_key varchar(250)             not null primary key,
    window_start timestamp with time zone not null,
    attempts     integer                  not null
);
create index ix_login_throttle_window on login_throttle (window_start);

-- Addresses each account has signed in from: the account-wide limit does not apply to them, so an attacker who
-- exhausts it from elsewhere does not keep the owner out.
create table login_known_address (
    username     varchar(100)             not null,
    address      varchar(64)              not null,
    last_success timestamp with time zone not null,
    primary key (username, address)
);
create index ix_login_known_address_success on login_known_address (last_success);
