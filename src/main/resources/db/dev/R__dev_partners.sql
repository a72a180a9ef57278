-- DEV-ONLY SAMPLE DATA: one registered integration partner, the CRM of the Irkutsk city administration, whose OIDC
-- client id is the one the dev persona "partner" (ru.otklik.dev.DevPersona) signs tokens for.
--
-- * Loaded in the dev and test profiles only (db/dev); listed in quarkus.package.jar.user-configured-ignored-entries
--   so that it is never packaged.
-- * Idempotent: the partner is found by its client id and the organisation by its ESIA oid, never by id. A re-run does
--   not change a registration that exists (an administrator may have changed it through the API).
-- * It has no webhook subscription: the README's walk-through subscribes a local receiver through the API.

insert into partner (client_id, display_name, requests_per_minute, active, created_at, updated_at)
values ('irkutsk-city-crm', 'CRM администрации г. Иркутска', 600, true, now(), now())
on conflict (client_id) do nothing;

insert into partner_organisation (partner_id, organisation_id)
select p.id, o.id
from partner p
join organisation o on o.esia_oid = '1000038001'
where p.client_id = 'irkutsk-city-crm'
  and not exists (select 1 from partner_organisation po where po.partner_id = p.id)
on conflict do nothing;
