-- The customer search joins each matching customer to the partner's relationship for the list's
-- columns (delegated admin, since when). Carrying those columns in the customer_id index lets
-- PostgreSQL answer the join from the index alone, without visiting the table for every match.
-- It replaces the plain customer_id index, which served the same lookups.
create index customer_partner_relationship_customer_covering_idx
    on customer_partner_relationship (customer_id) include (partner_id, delegated_admin, established_at);
drop index customer_partner_relationship_customer_idx;
