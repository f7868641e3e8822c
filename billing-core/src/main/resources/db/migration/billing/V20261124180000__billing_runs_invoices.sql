-- Billing runs, invoices and their reconciliation lines (spec 2.11-2.13, 6).
-- An invoice and its lines are written by one transaction of a billing run and never change
-- afterwards: the files are read back from these rows, so they stay byte-for-byte the same.

-- Gapless invoice numbers per issuer: the row is locked (FOR UPDATE) by the transaction that issues
-- an invoice, so a rolled-back run gives its number back and no number is ever skipped.
create table invoice_number_counter (
    issuer       varchar(4) primary key,
    last_number  bigint     not null default 0,
    constraint invoice_number_counter_last_check check (last_number >= 0)
);
-- 21Vianet is the one issuer; its invoice numbers are "D" + a zero-padded sequence.
insert into invoice_number_counter (issuer, last_number) values ('D', 0);

create table invoice (
    id                              varchar(20)   primary key,
    partner_id                      uuid          not null references partner (id),
    invoice_date                    date          not null,
    service_period_start            date          not null,
    service_period_end              date          not null,
    due_date                        date          not null,
    -- the partner as it was when the invoice was issued
    partner_name                    varchar(200)  not null,
    partner_mpn_id                  varchar(20)   not null,
    partner_billable_account_id     varchar(20)   not null,
    bill_to_company                 varchar(200),
    bill_to_address_line1           varchar(200),
    bill_to_address_line2           varchar(200),
    bill_to_city                    varchar(100),
    bill_to_state                   varchar(50),
    bill_to_postal_code             varchar(20),
    bill_to_country                 varchar(2),
    recipient_name                  varchar(110),
    recipient_email                 varchar(254),
    purchase_order_number           varchar(50),
    -- section totals (spec 2.13 mapping)
    recurring_charges               numeric(16,2) not null,
    other_products_and_services     numeric(16,2) not null,
    usage_charges                   numeric(16,2) not null,
    credits_and_adjustments         numeric(16,2) not null,
    usage_discounts                 numeric(16,2) not null,
    license_discounts               numeric(16,2) not null,
    taxes                           numeric(16,2) not null,
    total                           numeric(16,2) not null,
    currency                        char(3)       not null default 'CNY',
    status                          varchar(16)   not null default 'ISSUED',
    paid_amount                     numeric(16,2) not null default 0,
    license_line_count              integer       not null,
    usage_line_count                integer       not null,
    issued_at                       timestamptz   not null,
    constraint invoice_partner_date_key unique (partner_id, invoice_date),
    constraint invoice_status_check check (status in ('ISSUED')),
    constraint invoice_currency_check check (currency = 'CNY'),
    constraint invoice_period_check check (service_period_start <= service_period_end)
);
-- the partner's list: newest first, filtered by status
create index invoice_partner_status_date_idx on invoice (partner_id, status, invoice_date desc);

create table billing_run (
    id                  uuid          primary key,
    partner_id          uuid          not null references partner (id),
    invoice_date        date          not null,
    -- the partner as it was at the run, for the operators' list
    partner_name        varchar(200)  not null,
    partner_mpn_id      varchar(20)   not null,
    status              varchar(16)   not null,
    invoice_id          varchar(20)   references invoice (id),
    subscription_count  integer       not null default 0,
    license_line_count  integer       not null default 0,
    usage_line_count    integer       not null default 0,
    attempts            integer       not null default 1,
    triggered_by        varchar(254)  not null,
    started_at          timestamptz   not null,
    finished_at         timestamptz,
    error               text,
    constraint billing_run_partner_date_key unique (partner_id, invoice_date),
    constraint billing_run_status_check check (status in ('RUNNING', 'COMPLETED', 'FAILED'))
);
-- the operators' list: newest invoice date first, optionally one status
create index billing_run_date_idx on billing_run (invoice_date desc, started_at desc);
create index billing_run_status_idx on billing_run (status, invoice_date desc);

-- The license-based reconciliation file (spec 2.13, 27 columns), one row per charge line, with the
-- customer's name and domain as they were at the run.
create table license_recon_line (
    invoice_id                  varchar(20)   not null references invoice (id),
    line_number                 integer       not null,
    section                     varchar(40)   not null,
    partner_id                  uuid          not null,
    customer_id                 uuid          not null,
    order_id                    varchar(40)   not null,
    billing_subscription_id     varchar(32)   not null,
    subscription_id             uuid          not null,
    offer_id                    varchar(64)   not null,
    durable_offer_id            varchar(64)   not null,
    offer_name                  varchar(200)  not null,
    subscription_start_date     date          not null,
    subscription_end_date       date          not null,
    charge_start_date           date          not null,
    charge_end_date             date          not null,
    charge_type                 varchar(40)   not null,
    unit_price                  numeric(12,4) not null,
    quantity                    integer       not null,
    amount                      numeric(16,2) not null,
    total_other_discount        numeric(16,2) not null,
    subtotal                    numeric(16,2) not null,
    tax                         numeric(16,2) not null,
    total_for_customer          numeric(16,2) not null,
    currency                    char(3)       not null,
    customer_name               varchar(200)  not null,
    mpn_id                      varchar(20)   not null,
    reseller_mpn_id             varchar(20)   not null,
    domain_name                 varchar(255)  not null,
    subscription_name           varchar(200)  not null,
    subscription_description    varchar(200)  not null,
    primary key (invoice_id, line_number)
);
create index license_recon_line_subscription_idx on license_recon_line (subscription_id);

-- The usage-based reconciliation file (spec 2.13, 40 columns). usage_record_id names the imported
-- usage record a line bills; it is unique, so a record is billed at most once.
create table usage_recon_line (
    invoice_id                  varchar(20)   not null references invoice (id),
    line_number                 integer       not null,
    section                     varchar(40)   not null,
    usage_record_id             uuid          not null,
    partner_id                  uuid          not null,
    partner_name                varchar(200)  not null,
    partner_billable_account_id varchar(20)   not null,
    customer_name               varchar(200)  not null,
    mpn_id                      varchar(20)   not null,
    reseller_mpn_id             varchar(20)   not null,
    charge_start_date           date          not null,
    charge_end_date             date          not null,
    billing_subscription_id     varchar(32)   not null,
    subscription_id             uuid          not null,
    subscription_name           varchar(200)  not null,
    subscription_description    varchar(200)  not null,
    order_id                    varchar(40)   not null,
    service_name                varchar(200)  not null,
    service_type                varchar(200)  not null,
    resource_guid               varchar(64)   not null,
    resource_name               varchar(200)  not null,
    region                      varchar(100)  not null,
    sku                         varchar(64)   not null,
    detail_line_item_id         varchar(64)   not null,
    consumed_quantity           numeric(20,6) not null,
    included_quantity           numeric(20,6) not null,
    overage_quantity            numeric(20,6) not null,
    list_price                  numeric(12,4) not null,
    pretax_charges              numeric(16,2) not null,
    tax_amount                  numeric(16,2) not null,
    post_tax_total              numeric(16,2) not null,
    currency                    char(3)       not null,
    pretax_effective_rate       numeric(16,2) not null,
    post_tax_effective_rate     numeric(16,2) not null,
    charge_type                 varchar(40)   not null,
    customer_billable_account   varchar(20)   not null,
    usage_date                  date          not null,
    metered_region              varchar(100)  not null,
    metered_service             varchar(200)  not null,
    metered_service_type        varchar(200)  not null,
    project                     varchar(200)  not null,
    service_info                varchar(500)  not null,
    customer_id                 uuid          not null,
    domain_name                 varchar(255)  not null,
    primary key (invoice_id, line_number),
    constraint usage_recon_line_record_key unique (usage_record_id)
);
