-- Metered usage of usage-based (Azure) subscriptions, imported by operators (CSV) or the API and
-- billed in arrears by the monthly billing run (spec 2.13, usage-based file; spec 6.6).
-- partner_id and customer_id are copied from the subscription at import, so the run reads a
-- partner's unbilled usage without a join.

create table usage_record (
    id                    uuid           primary key,
    partner_id            uuid           not null references partner (id),
    customer_id           uuid           not null references customer (id),
    subscription_id       uuid           not null references subscription (id),
    usage_date            date           not null,
    service_name          varchar(200)   not null,
    service_type          varchar(200)   not null,
    resource_guid         varchar(64)    not null,
    resource_name         varchar(200)   not null,
    region                varchar(100)   not null,
    sku                   varchar(64)    not null,
    -- the tier for tiered rating; part of the natural key
    detail_line_item_id   varchar(64)    not null,
    consumed_quantity     numeric(20,6)  not null,
    included_quantity     numeric(20,6)  not null default 0,
    metered_region        varchar(100)   not null,
    metered_service       varchar(200)   not null,
    metered_service_type  varchar(200)   not null,
    -- the customer's instance name; '' when the meter has none, so the natural key holds
    project               varchar(200)   not null,
    service_info          varchar(500)   not null,
    imported_at           timestamptz    not null,
    -- every record of one upload or API call shares it
    import_batch_id       uuid           not null,
    -- set by the billing run. No foreign key to invoice yet: that table comes with the invoices'
    -- migration; add the constraint once both are on one branch.
    billed_invoice_id     uuid,
    constraint usage_record_consumed_check check (consumed_quantity >= 0),
    constraint usage_record_included_check check (included_quantity >= 0),
    -- the same meter reading twice would be billed twice: refuse it
    constraint usage_record_natural_key unique
        (subscription_id, usage_date, resource_guid, region, detail_line_item_id, project)
);

-- the billing run: a partner's unbilled records up to a day
create index usage_record_partner_billing_idx on usage_record (partner_id, billed_invoice_id, usage_date);
create index usage_record_batch_idx on usage_record (import_batch_id);
