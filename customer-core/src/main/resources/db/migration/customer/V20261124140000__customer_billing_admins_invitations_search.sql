-- Customer accounts (spec 2.17-2.19): the billing profile apart from the company details, the
-- customer's first admin user (the simulated admin center's sign-in), the partners' reusable
-- invitation links (2.29), the customer's indirect reseller (2.27), and indexes for the list search.

create extension if not exists pg_trgm;

alter table customer add column billing_company_name varchar(200);
alter table customer add column billing_first_name varchar(50);
alter table customer add column billing_last_name varchar(50);
alter table customer add column billing_email varchar(254);
alter table customer add column billing_address_line1 varchar(200);
alter table customer add column billing_address_line2 varchar(200);
alter table customer add column billing_city varchar(100);
alter table customer add column billing_state varchar(50);
alter table customer add column billing_postal_code varchar(20);
alter table customer add column billing_country varchar(2);
update customer set billing_company_name = company_name,
                    billing_first_name = contact_first_name,
                    billing_last_name = contact_last_name,
                    billing_email = contact_email;
alter table customer alter column billing_company_name set not null;
alter table customer alter column billing_first_name set not null;
alter table customer alter column billing_last_name set not null;
alter table customer alter column billing_email set not null;

-- set when an indirect provider creates the customer for one of its indirect resellers
alter table customer add column associated_reseller_id uuid references partner (id);

-- search by company name or domain, prefix or contains, case-insensitive (trigram indexes serve
-- both LIKE 'x%' and LIKE '%x%'); the partner's rows come from the relationship's primary key
create index customer_company_name_trgm_idx on customer using gin (lower(company_name) gin_trgm_ops);
create index customer_domain_trgm_idx on customer using gin (domain gin_trgm_ops);
create index customer_associated_reseller_idx on customer (associated_reseller_id)
    where associated_reseller_id is not null;

alter table customer_partner_relationship add column established_by varchar(20) not null default 'CREATED';
alter table customer_partner_relationship add constraint customer_partner_relationship_established_by_check
    check (established_by in ('CREATED', 'INVITATION'));

create table customer_admin_user (
    id                    uuid         primary key,
    customer_id           uuid         not null references customer (id),
    email                 varchar(254) not null,
    display_name          varchar(100) not null,
    password_hash         varchar(200) not null,
    must_change_password  boolean      not null,
    enabled               boolean      not null default true,
    failed_sign_ins       integer      not null default 0,
    locked_until          timestamptz,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint customer_admin_user_email_key unique (email),
    constraint customer_admin_user_email_normalised_check check (email = lower(btrim(email)))
);

create index customer_admin_user_customer_idx on customer_admin_user (customer_id);

-- One permanent, reusable link per partner; it carries no customer data. The e-mail's first two
-- paragraphs are the partner's to edit.
create table relationship_invitation (
    partner_id   uuid          primary key references partner (id),
    token        varchar(64)   not null,
    paragraph1   varchar(2000),
    paragraph2   varchar(2000),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    constraint relationship_invitation_token_key unique (token)
);
