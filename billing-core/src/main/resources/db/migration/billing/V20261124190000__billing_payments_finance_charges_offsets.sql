-- Payments, finance charges and line offsets (spec 2.11-2.13, 2.15): what happens to an invoice
-- after it is issued. The invoice's charges and lines never change; its paid amount and status
-- follow the payments recorded against it.

-- a usage record names the invoice that billed it
alter table usage_record
    add constraint usage_record_billed_invoice_fk foreign key (billed_invoice_id) references invoice (id);

alter table invoice drop constraint invoice_status_check;
alter table invoice
    add constraint invoice_status_check check (status in ('ISSUED', 'PARTIALLY_PAID', 'PAID')),
    -- late-payment charges on earlier overdue invoices, billed on this one; outside the
    -- reconciliation files, untaxed, and part of the total
    add column finance_charges numeric(16,2) not null default 0,
    add constraint invoice_paid_check check (paid_amount >= 0);
-- overdue and unpaid invoices: finance charges and delinquency look for these every day
create index invoice_open_due_idx on invoice (due_date) where status <> 'PAID';

-- A payment received by 21Vianet against one invoice (recorded by an operator). The invoice row is
-- locked while a payment is recorded, so concurrent payments never exceed its balance.
create table payment (
    id            uuid          primary key,
    invoice_id    varchar(20)   not null references invoice (id),
    partner_id    uuid          not null references partner (id),
    amount        numeric(16,2) not null,
    paid_on       date          not null,
    -- the bank transfer's reference; the same one twice on an invoice is a double entry
    reference     varchar(64)   not null,
    recorded_by   varchar(254)  not null,
    recorded_at   timestamptz   not null,
    constraint payment_amount_check check (amount > 0),
    constraint payment_invoice_reference_key unique (invoice_id, reference)
);
-- the Billing page's most recent payment and the partner's payment history
create index payment_partner_idx on payment (partner_id, paid_on desc, recorded_at desc);

-- One month's finance charge on an overdue invoice (min(1.5%, the legal maximum) of what was
-- unpaid on the day it is assessed), billed on the partner's next invoice. The n-th month of an
-- invoice is assessed once.
create table finance_charge (
    id                   uuid          primary key,
    partner_id           uuid          not null references partner (id),
    overdue_invoice_id   varchar(20)   not null references invoice (id),
    month_overdue        integer       not null,
    assessed_on          date          not null,
    overdue_balance      numeric(16,2) not null,
    monthly_rate         numeric(7,6)  not null,
    amount               numeric(16,2) not null,
    billed_invoice_id    varchar(20)   references invoice (id),
    assessed_at          timestamptz   not null,
    constraint finance_charge_month_check check (month_overdue >= 1),
    constraint finance_charge_balance_check check (overdue_balance > 0),
    constraint finance_charge_rate_check check (monthly_rate > 0 and monthly_rate <= 1),
    constraint finance_charge_month_key unique (overdue_invoice_id, month_overdue)
);
create index finance_charge_unbilled_idx on finance_charge (partner_id, assessed_on)
    where billed_invoice_id is null;
create index finance_charge_billed_idx on finance_charge (billed_invoice_id);

-- An operator's correction of an issued invoice's line (spec 2.13 "Offset a line item"): a partial
-- or whole refund, tax included, billed as an offset line on the partner's next invoice. The
-- offsets of one line never add up to more than its TotalForCustomer / PostTaxTotal.
create table line_offset (
    id                  uuid          primary key,
    partner_id          uuid          not null references partner (id),
    invoice_id          varchar(20)   not null references invoice (id),
    -- which file's line: LICENSE (license_recon_line) or USAGE (usage_recon_line)
    recon_file          varchar(8)    not null,
    line_number         integer       not null,
    amount              numeric(16,2) not null,
    reason              varchar(1000) not null,
    requested_by        varchar(254)  not null,
    requested_at        timestamptz   not null,
    billed_invoice_id   varchar(20)   references invoice (id),
    -- the order of recording, which is the order of the offset lines on the next invoice
    position            bigint        generated always as identity,
    constraint line_offset_file_check check (recon_file in ('LICENSE', 'USAGE')),
    constraint line_offset_amount_check check (amount > 0)
);
create index line_offset_line_idx on line_offset (invoice_id, recon_file, line_number);
create index line_offset_unbilled_idx on line_offset (partner_id) where billed_invoice_id is null;

-- An offset of a usage line repeats the usage record it refunds: a record is still billed (charged)
-- at most once, but may be offset later.
alter table usage_recon_line drop constraint usage_recon_line_record_key;
create unique index usage_recon_line_record_key on usage_recon_line (usage_record_id)
    where charge_type <> 'Offset a line item';
