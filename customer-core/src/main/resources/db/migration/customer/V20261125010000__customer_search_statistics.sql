-- The customer search finds '%term%' through the trigram indexes, then keeps the partner's own
-- customers. Joining those few matches by index takes a few milliseconds; hashing all of a large
-- partner's relationships takes twenty. PostgreSQL picks between the two by its estimate of the
-- matches, and with the default 100-entry histogram a single entry that happens to contain the
-- term reads as 1% of all customers (over a thousand for a term with a few hundred matches), which
-- flipped the plan from one ANALYZE to the next. A 1000-entry histogram on both searched values
-- keeps the estimate close to the truth.
alter table customer alter column domain set statistics 1000;
alter index customer_company_name_trgm_idx alter column 1 set statistics 1000;
analyze customer;
