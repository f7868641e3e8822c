-- The billing work queue: the due run enqueues one item per partner and invoice date, and the
-- workers of every node share them out. A worker claims an item with SELECT ... FOR UPDATE SKIP
-- LOCKED in a transaction it keeps open while the partner is billed in a transaction of its own,
-- then deletes the item and commits. When a node dies its claim transaction rolls back and the item
-- is free again; the partner's run itself is idempotent (billing_run, advisory lock), so a second
-- node finds a completed date completed and writes nothing.
create table billing_work_item (
    partner_id    uuid          not null references partner (id),
    invoice_date  date          not null,
    enqueued_at   timestamptz   not null,
    -- the daily job's name or the operator who queued the run: recorded on the run as triggered_by
    enqueued_by   varchar(254)  not null,
    primary key (partner_id, invoice_date)
);
-- the claim order: oldest first
create index billing_work_item_claim_idx on billing_work_item (enqueued_at, partner_id, invoice_date);

-- which node (portal.node-name) ran a partner's billing run the last time
alter table billing_run add column node varchar(100);
