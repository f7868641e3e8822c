-- The largest runs first: a partner's number of subscriptions when it was queued. One partner with
-- a hundred thousand customers bills for longer than a thousand small ones together; started last,
-- it would run alone at the end while the other workers idle.
alter table billing_work_item add column weight bigint not null default 0;
drop index billing_work_item_claim_idx;
create index billing_work_item_claim_idx
    on billing_work_item (enqueued_at, weight desc, partner_id, invoice_date);
