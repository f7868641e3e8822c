-- Usage records waiting for an invoice. A run used to mark each record it billed by rewriting the
-- record's row: every column and every index entry again, about 16 s of the database's time for a
-- partner's 300,000 monthly records. A run now deletes the records' entries here, which only marks
-- them deleted. Which invoice billed a record is on the invoice's usage line
-- (usage_recon_line.usage_record_id, unique outside offsets).
create table unbilled_usage (
    usage_record_id uuid primary key references usage_record (id),
    partner_id      uuid not null,
    usage_date      date not null
);
create index unbilled_usage_partner_idx on unbilled_usage (partner_id, usage_date);

insert into unbilled_usage (usage_record_id, partner_id, usage_date)
select id, partner_id, usage_date from usage_record where billed_invoice_id is null;

-- with the column go its foreign key and the run's old index (partner_id, billed_invoice_id, usage_date)
alter table usage_record drop column billed_invoice_id;
