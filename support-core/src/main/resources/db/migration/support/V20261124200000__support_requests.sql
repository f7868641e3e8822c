-- Support requests to 21Vianet (spec 2.30-2.35): a partner's own (Partner Center) requests and
-- those it files on behalf of a customer, their conversation, attachments and status history, and
-- the operator desk's assignment and SLA clock.

create sequence support_request_number_seq start with 10000001;

create table support_request (
    id                      uuid          primary key,
    -- what partners and operators quote: "SR" and eight digits
    number                  varchar(20)   not null,
    partner_id              uuid          not null references partner (id),
    -- the partner and customer as they were when the request was opened, for lists and search
    partner_name            varchar(200)  not null,
    partner_mpn_id          varchar(20),
    scope                   varchar(16)   not null,
    customer_id             uuid          references customer (id),
    customer_name           varchar(200),
    -- the customer's service the request is about (subscription-core's CloudService)
    service                 varchar(32),
    category                varchar(32)   not null,
    severity                varchar(16)   not null,
    title                   varchar(200)  not null,
    description             text          not null,
    contact_first_name      varchar(50)   not null,
    contact_last_name       varchar(50)   not null,
    contact_email           varchar(254)  not null,
    contact_phone           varchar(30),
    -- the language the partner wrote in and is answered in
    locale                  varchar(10)   not null,
    -- a billing dispute's invoice and, optionally, one line of its reconciliation files
    invoice_id              varchar(20)   references invoice (id),
    recon_file              varchar(8),
    recon_line              integer,
    status                  varchar(20)   not null,
    assigned_operator_id    uuid          references operator_account (id),
    assigned_operator_name  varchar(200),
    created_by              varchar(254)  not null,
    created_at              timestamptz   not null,
    last_modified_by        varchar(254)  not null,
    last_modified_at        timestamptz   not null,
    -- the SLA clock: the first operator response is due by then (severity's target)
    first_response_due_at   timestamptz   not null,
    first_responded_at      timestamptz,
    sla_breached_at         timestamptz,
    closed_at               timestamptz,
    version                 bigint        not null default 0,
    constraint support_request_number_key unique (number),
    constraint support_request_scope_check check (scope in ('PARTNER_CENTER', 'CUSTOMER')),
    constraint support_request_customer_check check ((scope = 'CUSTOMER') = (customer_id is not null)),
    constraint support_request_service_check check ((scope = 'CUSTOMER') = (service is not null)),
    constraint support_request_category_check check (category in
        ('TECHNICAL', 'BILLING', 'SUBSCRIPTION_MANAGEMENT', 'FRAUD_OR_MISUSE', 'OTHER')),
    constraint support_request_severity_check check (severity in ('CRITICAL', 'MODERATE', 'MINIMAL')),
    constraint support_request_status_check check (status in ('OPEN', 'ATTENTION_NEEDED', 'CLOSED')),
    constraint support_request_recon_check check (
        (recon_line is null and recon_file is null)
        or (invoice_id is not null and recon_line > 0 and recon_file in ('LICENSE', 'USAGE'))),
    constraint support_request_description_check check (length(description) <= 10000),
    constraint support_request_closed_check check ((status = 'CLOSED') = (closed_at is not null))
);
-- the partner's list, newest activity first, optionally by status
create index support_request_partner_idx on support_request (partner_id, last_modified_at desc);
create index support_request_partner_status_idx on support_request (partner_id, status, last_modified_at desc);
create index support_request_customer_idx on support_request (customer_id) where customer_id is not null;
-- the operator desk's search by partner name
create index support_request_partner_name_trgm_idx on support_request
    using gin (lower(partner_name) gin_trgm_ops);
-- the operator desk's queue, by SLA due time
create index support_request_desk_idx on support_request (status, first_response_due_at);
-- the breach job: unanswered, not flagged yet
create index support_request_unanswered_idx on support_request (first_response_due_at)
    where first_responded_at is null and sla_breached_at is null and status <> 'CLOSED';

-- the subscriptions a fraud or misuse report is about
create table support_request_subscription (
    request_id       uuid not null references support_request (id),
    subscription_id  uuid not null references subscription (id),
    primary key (request_id, subscription_id)
);

-- the conversation: notes of the partner and of operators, in order
create table support_note (
    id           uuid          primary key,
    request_id   uuid          not null references support_request (id),
    author_type  varchar(16)   not null,
    author_name  varchar(254)  not null,
    text         text          not null,
    created_at   timestamptz   not null,
    -- the order of writing, for notes written within the same instant
    position     bigint        generated always as identity,
    constraint support_note_author_check check (author_type in ('PARTNER', 'OPERATOR')),
    constraint support_note_text_check check (length(text) between 1 and 10000)
);
create index support_note_request_idx on support_note (request_id, position);

-- attachments' metadata; their bytes are in support_attachment_content (the database store)
create table support_attachment (
    id            uuid          primary key,
    request_id    uuid          not null references support_request (id),
    note_id       uuid          references support_note (id),
    file_name     varchar(150)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        char(64)      not null,
    uploaded_by   varchar(254)  not null,
    created_at    timestamptz   not null,
    constraint support_attachment_size_check check (size_bytes > 0)
);
create index support_attachment_request_idx on support_attachment (request_id, created_at);

create table support_attachment_content (
    attachment_id  uuid   primary key references support_attachment (id),
    content        bytea  not null
);

-- every status change, for the request's history
create table support_status_change (
    id           uuid          primary key,
    request_id   uuid          not null references support_request (id),
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    changed_by   varchar(254)  not null,
    changed_at   timestamptz   not null,
    position     bigint        generated always as identity
);
create index support_status_change_request_idx on support_status_change (request_id, position);
