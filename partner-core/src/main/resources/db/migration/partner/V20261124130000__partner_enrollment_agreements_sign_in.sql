-- Enrollment (spec 2.3), agreements and their acceptance (2.2), suspension (2.11), sign-in
-- throttling and self-service password recovery (2.9).

-- A partner exists from the moment its Partner Center account is created; the MPN ID arrives with
-- the enrollment form. Provisioning after the agreement is immediate here, so PROVISIONING is gone.
alter table partner alter column mpn_id drop not null;
alter table partner drop constraint partner_status_check;
alter table partner add constraint partner_status_check check (status in (
    'PENDING_ENROLLMENT', 'UNDER_REVIEW', 'REJECTED', 'APPROVED_AWAITING_AGREEMENT',
    'ACTIVE', 'SUSPENDED', 'TERMINATED'));
alter table partner add column suspension_reason varchar(20);
alter table partner add column status_note varchar(1000);
alter table partner add column status_changed_at timestamptz;
alter table partner add constraint partner_suspension_reason_check
    check (suspension_reason in ('DELINQUENCY', 'ABUSE'));
alter table partner add constraint partner_suspended_has_reason_check
    check ((status = 'SUSPENDED') = (suspension_reason is not null));
alter table partner add constraint partner_active_has_billing_day_check
    check (status not in ('ACTIVE', 'SUSPENDED') or billing_day is not null);

-- One application per partner; a rejected partner may correct it and apply again.
create table enrollment_application (
    partner_id          uuid          primary key references partner (id),
    submitted_at        timestamptz   not null,
    submitted_by        uuid          not null,
    submission_count    integer       not null default 1,
    credit_check        varchar(20),
    credit_check_note   varchar(1000),
    credit_checked_by   varchar(254),
    credit_checked_at   timestamptz,
    decision            varchar(20),
    decision_reason     varchar(1000),
    decided_by          varchar(254),
    decided_at          timestamptz,
    version             bigint        not null default 0,
    constraint enrollment_credit_check_check check (credit_check in ('PASSED', 'FAILED')),
    constraint enrollment_decision_check check (decision in ('APPROVED', 'REJECTED')),
    constraint enrollment_rejection_reason_check
        check (decision is distinct from 'REJECTED' or decision_reason is not null)
);

create index enrollment_application_queue_idx on enrollment_application (submitted_at)
    where decision is null;

create table agreement (
    id            uuid          primary key,
    type          varchar(30)   not null,
    version       varchar(30)   not null,
    title         varchar(200)  not null,
    url           varchar(500)  not null,
    published_at  timestamptz   not null,
    published_by  varchar(254)  not null,
    constraint agreement_type_check check (type in ('PROGRAM_GUIDE', 'RESELLER_AGREEMENT')),
    constraint agreement_type_version_key unique (type, version)
);

create index agreement_current_idx on agreement (type, published_at desc);

-- The digital signature of a reseller agreement version. The user is kept by id and by name,
-- without a foreign key, so the record outlives the user.
create table agreement_acceptance (
    id               uuid          primary key,
    partner_id       uuid          not null references partner (id),
    agreement_id     uuid          not null references agreement (id),
    accepted_by      uuid          not null,
    accepted_by_name varchar(254)  not null,
    accepted_at      timestamptz   not null,
    ip_address       varchar(64)   not null,
    billing_day      integer       not null,
    constraint agreement_acceptance_once_key unique (partner_id, agreement_id)
);

create index agreement_acceptance_partner_idx on agreement_acceptance (partner_id, accepted_at desc);

insert into agreement (id, type, version, title, url, published_at, published_by) values
    ('7d0c9a61-7b1f-4d55-9b3c-2f3b5b0e2a01', 'PROGRAM_GUIDE', '2026-01',
     '21Vianet CSP program guide', 'https://www.21vbluecloud.com/office365/SolProv_programguide/',
     timestamptz '2026-01-01 00:00:00+08', 'system'),
    ('7d0c9a61-7b1f-4d55-9b3c-2f3b5b0e2a02', 'RESELLER_AGREEMENT', '2026-01',
     '21Vianet CSP reseller agreement for China', 'https://www.21vbluecloud.com/office365/ResellerAgr/',
     timestamptz '2026-01-01 00:00:00+08', 'system');

-- Sign-in throttling: repeated failures pause the account for a while.
alter table partner_user add column failed_sign_ins integer not null default 0;
alter table partner_user add column locked_until timestamptz;
alter table partner_user add column password_changed_at timestamptz;
alter table partner_user add column preferred_language varchar(10);

create index partner_user_search_idx on partner_user (partner_id, lower(full_name), email);

-- Self-service password recovery. Unknown sign-in names are recorded too (user_id null), so the
-- per-address rate limit also covers probing. Only a hash of the code is kept.
create table password_recovery_request (
    id               uuid          primary key,
    user_id          uuid          references partner_user (id) on delete cascade,
    ip_address       varchar(64)   not null,
    created_at       timestamptz   not null,
    code_hash        varchar(200),
    expires_at       timestamptz,
    used_at          timestamptz,
    failed_attempts  integer       not null default 0
);

create index password_recovery_user_idx on password_recovery_request (user_id, created_at desc);
create index password_recovery_ip_idx on password_recovery_request (ip_address, created_at desc);
