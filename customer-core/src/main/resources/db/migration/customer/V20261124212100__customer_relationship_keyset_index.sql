-- The /v1 customer list walks a partner's customers in the order it got them (relationship start,
-- then customer id) page after page from the last position served (keyset paging). This index
-- gives that order for one partner without a sort, so every page costs the same at any depth.
create index customer_partner_relationship_partner_since_idx
    on customer_partner_relationship (partner_id, established_at, customer_id);
