-- Each partner's number of customers, kept by the relationships' own triggers: the customer list
-- without a term and the API's first page show the total, and counting Bench Large's hundred
-- thousand relationships was a scan of the table on every page (docs/performance.md, sixth round).
-- Statement-level triggers with transition tables: a COPY or an INSERT … SELECT of many rows
-- updates each partner's count once. The relationship's key (partner_id, customer_id) is never
-- updated, so inserts and deletes are all there is to count.
create table customer_count_by_partner (
    partner_id uuid primary key references partner (id),
    customers  bigint not null check (customers >= 0)
);

insert into customer_count_by_partner (partner_id, customers)
select partner_id, count(*) from customer_partner_relationship group by partner_id;

create function customer_count_by_partner_add() returns trigger
    language plpgsql as
$$
begin
    insert into customer_count_by_partner as c (partner_id, customers)
    select partner_id, count(*) from added group by partner_id
    on conflict (partner_id) do update set customers = c.customers + excluded.customers;
    return null;
end;
$$;

create function customer_count_by_partner_remove() returns trigger
    language plpgsql as
$$
begin
    update customer_count_by_partner c
       set customers = c.customers - removed_by_partner.removed
      from (select partner_id, count(*) as removed from removed group by partner_id) removed_by_partner
     where c.partner_id = removed_by_partner.partner_id;
    return null;
end;
$$;

create trigger customer_count_by_partner_add
    after insert on customer_partner_relationship
    referencing new table as added
    for each statement execute function customer_count_by_partner_add();

create trigger customer_count_by_partner_remove
    after delete on customer_partner_relationship
    referencing old table as removed
    for each statement execute function customer_count_by_partner_remove();
