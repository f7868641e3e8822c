-- Customers (tenants) and their relationships with partners (spec sections 2.17, 2.28, 2.29).
-- A customer may work with several partners (multipartner), so the customer row carries no
-- partner_id: every partner-facing query goes through customer_partner_relationship, filtered by
-- partner_id, which is also the natural distribution column of that table.

create sequence customer_billable_account_seq start with 1280000001;

create table customer (
    id                   uuid         primary key,
    company_name         varchar(200) not null,
    domain               varchar(253) not null,
    billable_account_id  varchar(20)  not null,
    contact_first_name   varchar(50)  not null,
    contact_last_name    varchar(50)  not null,
    contact_email        varchar(254) not null,
    contact_phone        varchar(40),
    culture              varchar(10)  not null,
    language             varchar(10)  not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint customer_domain_key unique (domain),
    constraint customer_domain_normalised_check check (domain = lower(domain)),
    constraint customer_billable_account_id_key unique (billable_account_id)
);

create table customer_partner_relationship (
    partner_id                  uuid        not null references partner (id),
    customer_id                 uuid        not null references customer (id),
    relationship_type           varchar(20) not null,
    delegated_admin             boolean     not null,
    established_at              timestamptz not null,
    delegated_admin_revoked_at  timestamptz,
    primary key (partner_id, customer_id),
    constraint customer_partner_relationship_type_check check (relationship_type in ('RESELLER'))
);

create index customer_partner_relationship_customer_idx on customer_partner_relationship (customer_id);
