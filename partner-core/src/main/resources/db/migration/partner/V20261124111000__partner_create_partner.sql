-- The partner (tenant) and its four profiles (spec sections 2.7 and 3).

create sequence partner_billable_account_seq start with 1010000001;

create table partner (
    id                   uuid         primary key,
    mpn_id               varchar(10)  not null,
    company_name         varchar(200) not null,
    status               varchar(40)  not null,
    billing_day          integer,
    billable_account_id  varchar(20)  not null,
    currency             varchar(3)      not null default 'CNY',
    time_zone            varchar(64)  not null default 'Asia/Shanghai',
    indirect_provider    boolean      not null default false,
    indirect_reseller    boolean      not null default false,
    sandbox              boolean      not null default false,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint partner_mpn_id_key unique (mpn_id),
    constraint partner_billable_account_id_key unique (billable_account_id),
    constraint partner_billing_day_check check (billing_day between 1 and 31),
    constraint partner_mpn_id_digits_check check (mpn_id ~ '^[0-9]+$'),
    constraint partner_status_check check (status in (
        'PENDING_ENROLLMENT', 'UNDER_REVIEW', 'REJECTED', 'APPROVED_AWAITING_AGREEMENT',
        'PROVISIONING', 'ACTIVE', 'SUSPENDED', 'TERMINATED'))
);

create index partner_status_idx on partner (status);

create table partner_legal_profile (
    partner_id           uuid         primary key references partner (id),
    company_name         varchar(200) not null,
    address_line1        varchar(200) not null,
    address_line2        varchar(200),
    city                 varchar(100) not null,
    state                varchar(100),
    postal_code          varchar(20)  not null,
    country              varchar(2)      not null,
    contact_first_name   varchar(50)  not null,
    contact_last_name    varchar(50)  not null,
    contact_email        varchar(254) not null,
    contact_phone        varchar(40),
    approver_first_name  varchar(50)  not null,
    approver_last_name   varchar(50)  not null,
    approver_email       varchar(254) not null,
    approver_phone       varchar(40)
);

create table partner_billing_profile (
    partner_id            uuid         primary key references partner (id),
    company_name          varchar(200) not null,
    address_line1         varchar(200) not null,
    address_line2         varchar(200),
    city                  varchar(100) not null,
    state                 varchar(100),
    postal_code           varchar(20)  not null,
    country               varchar(2)      not null,
    contact_first_name    varchar(50)  not null,
    contact_last_name     varchar(50)  not null,
    contact_email         varchar(254) not null,
    contact_phone         varchar(40),
    purchase_order_number varchar(50),
    tax_id                varchar(50)
);

create table partner_organization_profile (
    partner_id    uuid         primary key references partner (id),
    company_name  varchar(200) not null,
    tenant_id     uuid         not null,
    domain        varchar(253) not null,
    email         varchar(254) not null,
    language      varchar(10)  not null,
    culture       varchar(10)  not null
);

create table partner_support_profile (
    partner_id  uuid         primary key references partner (id),
    website     varchar(300) not null,
    email       varchar(254) not null,
    phone       varchar(40)  not null
);
