-- Partner users with their two role axes (spec sections 2.8 and 4), and 21Vianet operator accounts.
-- Sign-in names are stored normalised (trimmed, lower case) and are unique across the portal.

create table partner_user (
    id                    uuid         primary key,
    partner_id            uuid         not null references partner (id),
    email                 varchar(254) not null,
    full_name             varchar(100) not null,
    agent_role            varchar(20)  not null,
    admin_role            varchar(30)  not null,
    password_hash         varchar(200) not null,
    must_change_password  boolean      not null default false,
    phone                 varchar(40),
    enabled               boolean      not null default true,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint partner_user_email_key unique (email),
    constraint partner_user_email_normalised_check check (email = lower(btrim(email))),
    constraint partner_user_agent_role_check
        check (agent_role in ('ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT', 'NONE')),
    constraint partner_user_admin_role_check
        check (admin_role in ('GLOBAL_ADMIN', 'BILLING_ADMIN', 'USER_MANAGEMENT_ADMIN', 'NO_ADMIN'))
);

create index partner_user_partner_idx on partner_user (partner_id);

create table operator_account (
    id             uuid         primary key,
    email          varchar(254) not null,
    display_name   varchar(100) not null,
    password_hash  varchar(200) not null,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint operator_account_email_key unique (email),
    constraint operator_account_email_normalised_check check (email = lower(btrim(email)))
);
