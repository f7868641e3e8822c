-- The users of a customer's directory (spec 1.2, 2.22), managed in the simulated admin center and
-- later through the partner API. They never sign in to the portal; the password hash models the
-- account. Sign-in names are unique across all customers, case-insensitive, and stored in lower case.

create table customer_user (
    id                    uuid         primary key,
    customer_id           uuid         not null references customer (id),
    user_principal_name   varchar(113) not null,
    first_name            varchar(64)  not null,
    last_name             varchar(64)  not null,
    display_name          varchar(256) not null,
    usage_location        varchar(2)   not null,
    state                 varchar(10)  not null,
    password_hash         varchar(200) not null,
    must_change_password  boolean      not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint customer_user_upn_normalised_check
        check (user_principal_name = lower(btrim(user_principal_name))),
    constraint customer_user_state_check check (state in ('ACTIVE', 'INACTIVE')),
    constraint customer_user_usage_location_check check (usage_location ~ '^[A-Z]{2}$')
);

create unique index customer_user_upn_key on customer_user (lower(user_principal_name));

-- a customer's list, in its default order (display name); the search filters within these rows
create index customer_user_customer_display_name_idx on customer_user (customer_id, display_name);
