-- Orders, subscriptions and their append-only history (spec 2.21-2.24, 3, 5).
-- A subscription belongs to one partner of record (the transacting partner); a customer may have
-- subscriptions with several partners (multipartner), so partner-facing reads filter by partner_id.

create sequence customer_order_number_seq start with 566890604832738111;

create table customer_order (
    id           varchar(20)  primary key,
    partner_id   uuid         not null references partner (id),
    customer_id  uuid         not null references customer (id),
    -- the idempotency key: the form's one-time id or the API's MS-RequestId
    request_id   varchar(100) not null,
    created_by   varchar(254) not null,
    created_at   timestamptz  not null,
    constraint customer_order_request_key unique (partner_id, request_id)
);

create index customer_order_partner_customer_idx on customer_order (partner_id, customer_id, created_at desc);

create table subscription (
    id                      uuid          primary key,
    customer_id             uuid          not null references customer (id),
    partner_id              uuid          not null references partner (id),
    order_id                varchar(20)   not null references customer_order (id),
    line_number             integer       not null,
    offer_id                varchar(64)   not null references offer (offer_id),
    durable_offer_id        varchar(64)   not null,
    offer_name              varchar(200)  not null,
    -- the nickname; purged with the customer's data when a suspended subscription is deleted
    friendly_name           varchar(100),
    billing_type            varchar(10)   not null,
    unit_type               varchar(40)   not null,
    quantity                integer       not null,
    -- CNY per license per month, locked for the term; renewal re-prices
    unit_price              numeric(12,4) not null,
    parent_subscription_id  uuid          references subscription (id),
    created_at              timestamptz   not null,
    effective_start_date    date          not null,
    commitment_end_date     date          not null,
    auto_renew              boolean       not null,
    status                  varchar(12)   not null,
    suspension_reason       varchar(20),
    suspended_on            date,
    ended_on                date,
    reseller_partner_id     uuid          references partner (id),
    reseller_mpn_id         varchar(20),
    -- the sequence of the last history entry
    events_recorded         integer       not null default 0,
    updated_at              timestamptz   not null,
    version                 bigint        not null default 0,
    constraint subscription_order_line_key unique (order_id, line_number),
    constraint subscription_quantity_check check (quantity >= 0),
    constraint subscription_unit_price_check check (unit_price >= 0),
    constraint subscription_term_check check (commitment_end_date >= effective_start_date),
    constraint subscription_billing_type_check check (billing_type in ('LICENSE', 'USAGE')),
    constraint subscription_status_check check (status in ('ACTIVE', 'SUSPENDED', 'CANCELLED', 'DELETED')),
    constraint subscription_suspension_check check (
        (status = 'SUSPENDED') = (suspended_on is not null and suspension_reason is not null)),
    constraint subscription_suspension_reason_check check (
        suspension_reason in ('CUSTOMER_REQUEST', 'NON_PAYMENT', 'FRAUD', 'OTHER'))
);

create index subscription_partner_customer_idx on subscription (partner_id, customer_id);
-- the customer's subscriptions with every partner: upgrade eligibility and the per-service rule
create index subscription_customer_idx on subscription (customer_id) where status in ('ACTIVE', 'SUSPENDED');
create index subscription_reseller_idx on subscription (reseller_partner_id, customer_id)
    where reseller_partner_id is not null;
create index subscription_parent_idx on subscription (parent_subscription_id)
    where parent_subscription_id is not null;
-- the daily jobs: suspensions that reach 60 days, terms that end
create index subscription_suspended_on_idx on subscription (suspended_on) where status = 'SUSPENDED';
create index subscription_renewal_idx on subscription (commitment_end_date) where status = 'ACTIVE' and auto_renew;

create table subscription_event (
    subscription_id          uuid          not null references subscription (id),
    sequence                 integer       not null,
    partner_id               uuid          not null references partner (id),
    type                     varchar(20)   not null,
    effective_date           date          not null,
    quantity_after           integer       not null,
    unit_price               numeric(12,4) not null,
    related_subscription_id  uuid          references subscription (id),
    recorded_at              timestamptz   not null,
    recorded_by              varchar(254)  not null,
    primary key (subscription_id, sequence),
    constraint subscription_event_type_check check (type in
        ('PURCHASE', 'QUANTITY_CHANGE', 'SUSPEND', 'REACTIVATE', 'CANCEL', 'RENEW', 'UPGRADE', 'DELETE')),
    constraint subscription_event_quantity_check check (quantity_after >= 0)
);

-- billing reads a partner's events of a period
create index subscription_event_partner_date_idx on subscription_event (partner_id, effective_date);

-- The history is append-only: billing and audit rely on it never changing.
create function subscription_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'subscription_event is append-only';
end;
$$;

create trigger subscription_event_append_only
    before update or delete on subscription_event
    for each row execute function subscription_event_refuse_change();
