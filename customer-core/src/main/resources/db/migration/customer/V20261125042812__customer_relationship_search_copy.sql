-- The customer list searches, sorts and filters a partner's customers by the customer's name,
-- domain and associated reseller. Those lived on customer only, so a search found every matching
-- customer through the trigram indexes, then looked up each one's relationship to keep the
-- partner's: about 2.5 ms of the database's time for a term with 300 matches, planning included
-- (the plan depended on how many matches the statistics promised, which took 1000-entry histograms
-- to keep stable). Each relationship now carries a copy of the three values, with one index on
-- (partner, searched text): a search reads only the partner's own matches, with nothing to join.
--
-- Triggers keep the copies true whichever way a row is written (the application, the data
-- generator's COPY): a new relationship takes its customer's values, and a change to a customer's
-- values goes to all of its relationships (a customer may have several partners).
create extension if not exists btree_gin;

alter table customer_partner_relationship
    add column customer_name        varchar(200),
    add column customer_domain      varchar(253),
    add column customer_reseller_id uuid;

create function customer_partner_relationship_copy_customer() returns trigger
    language plpgsql as $$
begin
    select c.company_name, c.domain, c.associated_reseller_id
      into new.customer_name, new.customer_domain, new.customer_reseller_id
      from customer c
     where c.id = new.customer_id;
    return new;
end
$$;

create trigger customer_partner_relationship_copy_customer
    before insert or update of customer_id on customer_partner_relationship
    for each row execute function customer_partner_relationship_copy_customer();

create function customer_copy_to_relationships() returns trigger
    language plpgsql as $$
begin
    update customer_partner_relationship
       set customer_name = new.company_name,
           customer_domain = new.domain,
           customer_reseller_id = new.associated_reseller_id
     where customer_id = new.id;
    return null;
end
$$;

create trigger customer_copy_to_relationships
    after update of company_name, domain, associated_reseller_id on customer
    for each row
    when (old.company_name is distinct from new.company_name
          or old.domain is distinct from new.domain
          or old.associated_reseller_id is distinct from new.associated_reseller_id)
    execute function customer_copy_to_relationships();

update customer_partner_relationship r
   set customer_name = c.company_name,
       customer_domain = c.domain,
       customer_reseller_id = c.associated_reseller_id
  from customer c
 where c.id = r.customer_id;

alter table customer_partner_relationship
    alter column customer_name set not null,
    alter column customer_domain set not null,
    -- what the search matches: the lower-case name and the domain, a line apart (so a term typed
    -- on one line does not match across the two)
    add column customer_search text generated always as
        (lower(customer_name) || E'\n' || customer_domain) stored;

create index customer_partner_relationship_search_idx
    on customer_partner_relationship using gin (partner_id, customer_search gin_trgm_ops);

-- the search no longer estimates matches on customer: back to the default statistics
alter table customer alter column domain set statistics -1;
alter index customer_company_name_trgm_idx alter column 1 set statistics -1;
analyze customer;
analyze customer_partner_relationship;
