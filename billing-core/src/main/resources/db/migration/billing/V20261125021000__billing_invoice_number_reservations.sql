-- Invoice numbers are reserved in a short transaction of their own, so the counter row is no longer
-- locked for as long as a partner's whole run (a large partner's run kept every other partner
-- waiting for its number). A run holds its reservation, through its partner's billing-run advisory
-- lock, until it commits the invoice and deletes the reservation; a run that rolls back leaves the
-- row behind, and the next run to reserve a number takes it over: no number is lost.
create table invoice_number_reservation (
    invoice_id    varchar(20)  primary key,
    partner_id    uuid         not null references partner (id),
    invoice_date  date         not null,
    reserved_at   timestamptz  not null
);
create index invoice_number_reservation_partner_idx
    on invoice_number_reservation (partner_id, invoice_date);
