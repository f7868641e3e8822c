-- partner.indirect_provider / indirect_reseller now say whether the partner has joined a two-tier
-- partnership (spec 2.27), set when the reseller authorizes it. Each request reads the provider flag
-- with the signed-in account, so the customer pages look for resellers only where there are some.
-- Partnerships are never revoked, so the flags are only ever set, never cleared.
update partner p
   set indirect_provider = true
 where exists (select 1 from indirect_partnership ip
                where ip.provider_id = p.id and ip.status = 'AUTHORIZED');

update partner p
   set indirect_reseller = true
 where exists (select 1 from indirect_partnership ip
                where ip.reseller_id = p.id and ip.status = 'AUTHORIZED');
