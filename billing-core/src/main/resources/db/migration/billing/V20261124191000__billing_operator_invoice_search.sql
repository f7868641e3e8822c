-- The operators' list of all partners' invoices (/operator/invoices): newest first, optionally one
-- status, searched by invoice number (the primary key), the partner's MPN ID or its name as issued
-- on the invoice. "Overdue only" uses invoice_open_due_idx. pg_trgm is created by customer-core.
create index invoice_date_idx on invoice (invoice_date desc, id desc);
create index invoice_status_date_idx on invoice (status, invoice_date desc, id desc);
create index invoice_partner_mpn_idx on invoice (partner_mpn_id);
create index invoice_partner_name_trgm_idx on invoice using gin (lower(partner_name) gin_trgm_ops);
