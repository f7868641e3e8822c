-- The customer list without a search term reads one page in the order of an index instead of
-- sorting all of a partner's relationships (100,000 for a large partner) for every page. The list's
-- orders: company name then domain, and domain alone; newest first uses
-- customer_partner_relationship_partner_since_idx (partner_id, established_at, customer_id).
create index customer_partner_relationship_name_order_idx
    on customer_partner_relationship (partner_id, customer_name, customer_domain);

create index customer_partner_relationship_domain_order_idx
    on customer_partner_relationship (partner_id, customer_domain);
