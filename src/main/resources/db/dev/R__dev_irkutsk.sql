-- DEV-ONLY SAMPLE DATA: an organisation directory for Irkutsk oblast (region code 38,
-- OKTMO prefix 25), with the categories they handle and routing rules.
--
-- * Loaded in the dev and test profiles only (%dev,test.quarkus.flyway.locations adds
--   db/dev); never in production, and not packaged into the production application.
-- * A Flyway repeatable migration: it runs again whenever its checksum changes, so every
--   statement is idempotent (insert ... on conflict do nothing) and rows are referenced by
--   INN and category code, never by id. A re-run does not change rows that already exist:
--   to change one, reset the dev database.
-- * The organisations are real bodies and institutions, but their INN and OGRN are
--   GENERATED, not the real ones: checksum-valid, INN 38xx and OGRN region 38, derived
--   deterministically by tools/generate_dev_ids.py. Check this file with
--       python3 tools/generate_dev_ids.py --verify src/main/resources/db/dev/R__dev_irkutsk.sql
--   Phones and e-mail addresses are invented (e-mail at example.org), as are the institutions'
--   websites and all public page addresses (example.org); the websites of the government and
--   of the city administrations are their public sites as far as known (null where not).
--   Street addresses are indicative.
-- * OKTMO codes are the real ones (Иркутский район 25612000 is inferred from its OKATO code
--   25212, not confirmed): municipalities with 8 digits, institutions with the 11-digit code
--   of their town. A city (urban okrug) routes by its 8-digit code; a municipal
--   district (Шелеховский 25655, Иркутский 25612) routes by its 5-digit prefix, because the
--   codes of its settlements (Шелехов is 25655101) do not begin with the district's 25655000.
-- * ESIA oids the dev personas (ru.otklik.dev.DevPersona) depend on:
--   1000038001 Администрация города Иркутска, 1000038002 Министерство здравоохранения
--   Иркутской области, 1000038003 Администрация Ангарского городского округа;
--   the others are 10000380NN, and some organisations have none.
-- * Routing cases the data is meant to show:
--   healthcare.doctor-appointment at 25701000001 -> Городская поликлиника № 2 (subtopic, city);
--   healthcare.doctor-appointment at 25745000001 -> Минздрав (no subtopic rule in Черемхово:
--       falls back to healthcare, region-wide);
--   healthcare.medicines anywhere -> Минздрав (subtopic falls back to its parent);
--   roads at 25701000001 -> Администрация города Иркутска; roads at 25602101001 (Бодайбо,
--       no municipal rule) -> Минтранс; forestry.fires -> авиабаза охраны лесов, forestry.* -> Минлескомплекс;
--   svo-support.medical-rehab -> Минздрав, other svo-support.* -> Минсоцразвития
--       (svo-support.payments in Иркутск -> Управление соцзащиты по г. Иркутску).

-- Level 1: the regional government and the local governments (no parent).
insert into organisation (kind, full_name, short_name, inn, ogrn, esia_oid, region_code, oktmo, parent_id,
                          verified, connected, widgets, phone, email, website, public_page_url, address)
values
    -- Правительство Иркутской области
    ('REGIONAL_BODY', 'Правительство Иркутской области',
     'Правительство Иркутской области', '3808075059', '1023801635000', '1000038004', '38', '25701000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952331376', 'gov-irkutsk-oblast@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/gov-irkutsk-oblast',
     '664027, Иркутская обл., г. Иркутск, ул. Ленина, д. 1а'),
    -- Администрация г. Иркутска
    ('LOCAL_GOVERNMENT', 'Администрация города Иркутска',
     'Администрация г. Иркутска', '3808022226', '1023801358030', '1000038001', '38', '25701000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952439295', 'adm-irkutsk@example.org',
     'https://admirk.ru', 'https://gospublic.example.org/adm-irkutsk',
     '664025, Иркутская обл., г. Иркутск, ул. Ленина, д. 14'),
    -- Администрация Ангарского городского округа
    ('LOCAL_GOVERNMENT', 'Администрация Ангарского городского округа',
     'Администрация Ангарского городского округа', '3801731826', '1153850881733', '1000038003', '38', '25703000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73955547214', 'adm-angarsk@example.org',
     'https://www.angarsk-adm.ru', 'https://gospublic.example.org/adm-angarsk',
     '665830, Иркутская обл., г. Ангарск, кв-л 59, д. 4'),
    -- Администрация г. Братска
    ('LOCAL_GOVERNMENT', 'Администрация муниципального образования города Братска',
     'Администрация г. Братска', '3803545078', '1023800316924', '1000038005', '38', '25714000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73953655133', 'adm-bratsk@example.org',
     'https://www.bratsk-city.ru', 'https://gospublic.example.org/adm-bratsk',
     '665708, Иркутская обл., г. Братск, ул. Депутатская, д. 17'),
    -- Администрация г. Усть-Илимска
    ('LOCAL_GOVERNMENT', 'Администрация города Усть-Илимска',
     'Администрация г. Усть-Илимска', '3817326485', '1023802454576', '1000038006', '38', '25738000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73953573052', 'adm-ust-ilimsk@example.org',
     'https://www.ust-ilimsk.ru', 'https://gospublic.example.org/adm-ust-ilimsk',
     '666683, Иркутская обл., г. Усть-Илимск, ул. Героев Труда, д. 38'),
    -- Администрация Шелеховского района
    ('LOCAL_GOVERNMENT', 'Администрация Шелеховского муниципального района',
     'Администрация Шелеховского района', '3821614430', '1023802318407', '1000038007', '38', '25655000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73955020971', 'adm-shelekhov-district@example.org',
     'https://www.sheladm.ru', 'https://gospublic.example.org/adm-shelekhov-district',
     '666034, Иркутская обл., г. Шелехов, ул. Ленина, д. 15'),
    -- Администрация г. Усолье-Сибирское
    ('LOCAL_GOVERNMENT', 'Администрация города Усолье-Сибирское',
     'Администрация г. Усолье-Сибирское', '3819094102', '1023802745647', '1000038008', '38', '25736000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73954338890', 'adm-usolye@example.org',
     'https://www.usolie-sibirskoe.ru', 'https://gospublic.example.org/adm-usolye',
     '665452, Иркутская обл., г. Усолье-Сибирское, ул. Ватутина, д. 10'),
    -- Администрация г. Черемхово
    ('LOCAL_GOVERNMENT', 'Администрация муниципального образования «город Черемхово»',
     'Администрация г. Черемхово', '3820158061', '1023802923506', '1000038009', '38', '25745000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73954646809', 'adm-cheremkhovo@example.org',
     null, 'https://gospublic.example.org/adm-cheremkhovo',
     '665413, Иркутская обл., г. Черемхово, ул. Ленина, д. 18'),
    -- Администрация г. Тулуна
    ('LOCAL_GOVERNMENT', 'Администрация городского округа муниципального образования – «город Тулун»',
     'Администрация г. Тулуна', '3816051541', '1023802273340', '1000038010', '38', '25732000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73953054728', 'adm-tulun@example.org',
     'https://tulunadm.ru', 'https://gospublic.example.org/adm-tulun',
     '665268, Иркутская обл., г. Тулун, ул. Ленина, д. 99'),
    -- Администрация г. Саянска
    ('LOCAL_GOVERNMENT', 'Администрация городского округа муниципального образования «город Саянск»',
     'Администрация г. Саянска', '3814086676', '1023802716376', '1000038011', '38', '25726000', null,
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73955362647', 'adm-sayansk@example.org',
     'https://admsayansk.ru', 'https://gospublic.example.org/adm-sayansk',
     '666304, Иркутская обл., г. Саянск, мкр. Олимпийский, д. 30'),
    -- Администрация г. Зимы
    ('LOCAL_GOVERNMENT', 'Администрация Зиминского городского муниципального образования',
     'Администрация г. Зимы', '3814303730', '1023802307429', '1000038012', '38', '25720000', null,
     true, false, '{}', '+73955470566', 'adm-zima@example.org',
     'https://zimadm.ru', 'https://gospublic.example.org/adm-zima',
     '665390, Иркутская обл., г. Зима, ул. Ленина, д. 5'),
    -- Администрация Иркутского района
    ('LOCAL_GOVERNMENT', 'Администрация Иркутского районного муниципального образования',
     'Администрация Иркутского района', '3827448108', '1023802833636', '1000038013', '38', '25612000', null,
     false, true, '{REPORT_PROBLEM}', '+73952218485', 'adm-irkutsk-district@example.org',
     'https://irkraion.ru', 'https://gospublic.example.org/adm-irkutsk-district',
     '664007, Иркутская обл., г. Иркутск, ул. Рабочего Штаба, д. 17')
on conflict do nothing;

-- Level 2: ministries, under the government.
insert into organisation (kind, full_name, short_name, inn, ogrn, esia_oid, region_code, oktmo, parent_id,
                          verified, connected, widgets, phone, email, website, public_page_url, address)
values
    -- Минздрав Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство здравоохранения Иркутской области',
     'Минздрав Иркутской области', '3808492976', '1023801856286', '1000038002', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952326404', 'min-health@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-health',
     '664003, Иркутская обл., г. Иркутск, ул. Карла Маркса, д. 29'),
    -- Минобразования Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство образования Иркутской области',
     'Минобразования Иркутской области', '3808866773', '1083808850400', '1000038014', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952434323', 'min-education@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-education',
     '664011, Иркутская обл., г. Иркутск, ул. Россиянская, д. 8'),
    -- Минстрой Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство строительства Иркутской области',
     'Минстрой Иркутской области', '3808480360', '1123850591677', '1000038015', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952542242', 'min-construction@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-construction',
     '664011, Иркутская обл., г. Иркутск, ул. Горького, д. 31'),
    -- Минэнерго и ЖКХ Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство жилищно-коммунального хозяйства и энергетики Иркутской области',
     'Минэнерго и ЖКХ Иркутской области', '3808740643', '1193850775854', '1000038016', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952650161', 'min-housing-energy@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-housing-energy',
     '664003, Иркутская обл., г. Иркутск, ул. Киевская, д. 2'),
    -- Минтранс Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство транспорта и дорожного хозяйства Иркутской области',
     'Минтранс Иркутской области', '3808075690', '1193850187398', '1000038017', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952758080', 'min-transport-roads@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-transport-roads',
     '664025, Иркутская обл., г. Иркутск, ул. Степана Разина, д. 14'),
    -- Минсоцразвития Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство социального развития, опеки и попечительства Иркутской области',
     'Минсоцразвития Иркутской области', '3808762301', '1083808465157', '1000038018', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952265999', 'min-social@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-social',
     '664025, Иркутская обл., г. Иркутск, ул. Канадзавы, д. 2'),
    -- Минлескомплекс Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство лесного комплекса Иркутской области',
     'Минлескомплекс Иркутской области', '3808424542', '1083808466796', '1000038019', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952373918', 'min-forestry@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-forestry',
     '664011, Иркутская обл., г. Иркутск, ул. Горького, д. 31'),
    -- Минсельхоз Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство сельского хозяйства Иркутской области',
     'Минсельхоз Иркутской области', '3808243049', '1083808090761', '1000038020', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952481837', 'min-agriculture@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-agriculture',
     '664007, Иркутская обл., г. Иркутск, ул. Декабрьских Событий, д. 15'),
    -- Минкультуры Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство культуры Иркутской области',
     'Минкультуры Иркутской области', '3808323424', '1083808093710', '1000038021', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952589756', 'min-culture@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-culture',
     '664025, Иркутская обл., г. Иркутск, ул. Марата, д. 31'),
    -- Минспорт Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство спорта Иркутской области',
     'Минспорт Иркутской области', '3808109967', '1123850889139', '1000038022', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952697675', 'min-sport@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-sport',
     '664003, Иркутская обл., г. Иркутск, ул. Ленина, д. 1а'),
    -- Минприроды Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство природных ресурсов и экологии Иркутской области',
     'Минприроды Иркутской области', '3808136449', '1083808524414', '1000038023', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952705594', 'min-nature-ecology@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-nature-ecology',
     '664027, Иркутская обл., г. Иркутск, ул. Ленина, д. 1а'),
    -- Минэкономразвития Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство экономического развития и промышленности Иркутской области',
     'Минэкономразвития Иркутской области', '3808312006', '1083808039721', '1000038024', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952213513', 'min-economy@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-economy',
     '664027, Иркутская обл., г. Иркутск, ул. Ленина, д. 1а'),
    -- Минцифры Иркутской области (parent: Правительство Иркутской области)
    ('REGIONAL_BODY', 'Министерство цифрового развития и связи Иркутской области',
     'Минцифры Иркутской области', '3808417633', '1183850700263', '1000038025', '38', '25701000', (select id from organisation where inn = '3808075059'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952321432', 'min-digital@example.org',
     'https://irkobl.ru', 'https://gospublic.example.org/min-digital',
     '664025, Иркутская обл., г. Иркутск, ул. Чкалова, д. 39а')
on conflict do nothing;

-- Level 3: institutions, under their ministry or city administration.
insert into organisation (kind, full_name, short_name, inn, ogrn, esia_oid, region_code, oktmo, parent_id,
                          verified, connected, widgets, phone, email, website, public_page_url, address)
values
    -- Иркутская областная клиническая больница (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Иркутская ордена «Знак Почёта» областная клиническая больница»',
     'Иркутская областная клиническая больница', '3811445327', '1023801509456', '1000038026', '38', '25701000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952429351', 'iokb@example.org',
     'https://iokb.example.org', 'https://gospublic.example.org/iokb',
     '664049, Иркутская обл., г. Иркутск, мкр. Юбилейный, д. 100'),
    -- Городская клиническая больница № 1 г. Иркутска (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Иркутская городская клиническая больница № 1»',
     'Городская клиническая больница № 1 г. Иркутска', '3808311972', '1023801122674', '1000038027', '38', '25701000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952537270', 'gkb1-irkutsk@example.org',
     'https://gkb1-irkutsk.example.org', 'https://gospublic.example.org/gkb1-irkutsk',
     '664046, Иркутская обл., г. Иркутск, ул. Байкальская, д. 118'),
    -- Городская поликлиника № 2 г. Иркутска (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное автономное учреждение здравоохранения «Иркутская городская поликлиника № 2»',
     'Городская поликлиника № 2 г. Иркутска', '3812111052', '1023801864305', '1000038028', '38', '25701000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952645189', 'gp2-irkutsk@example.org',
     'https://gp2-irkutsk.example.org', 'https://gospublic.example.org/gp2-irkutsk',
     '664009, Иркутская обл., г. Иркутск, ул. Советская, д. 57'),
    -- Городская поликлиника № 11 г. Иркутска (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Иркутская городская поликлиника № 11»',
     'Городская поликлиника № 11 г. Иркутска', '3810331334', '1023801790935', null, '38', '25701000001', (select id from organisation where inn = '3808492976'),
     false, true, '{REPORT_PROBLEM}', '+73952753108', 'gp11-irkutsk@example.org',
     'https://gp11-irkutsk.example.org', 'https://gospublic.example.org/gp11-irkutsk',
     '664048, Иркутская обл., г. Иркутск, ул. Розы Люксембург, д. 118'),
    -- Ангарская городская больница (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное автономное учреждение здравоохранения «Ангарская городская больница»',
     'Ангарская городская больница', '3801305296', '1023800238660', '1000038029', '38', '25703000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73955261027', 'agb-angarsk@example.org',
     'https://agb-angarsk.example.org', 'https://gospublic.example.org/agb-angarsk',
     '665830, Иркутская обл., г. Ангарск, кв-л 50, д. 1'),
    -- Братская городская больница № 1 (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Братская городская больница № 1»',
     'Братская городская больница № 1', '3804883633', '1023800416826', '1000038030', '38', '25714000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73953368946', 'bgb1-bratsk@example.org',
     'https://bgb1-bratsk.example.org', 'https://gospublic.example.org/bgb1-bratsk',
     '665717, Иркутская обл., г. Братск, ул. Погодаева, д. 1'),
    -- Братская городская больница № 5 (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Братская городская больница № 5»',
     'Братская городская больница № 5', '3805456056', '1023800323470', '1000038031', '38', '25714000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73953476865', 'bgb5-bratsk@example.org',
     'https://bgb5-bratsk.example.org', 'https://gospublic.example.org/bgb5-bratsk',
     '665724, Иркутская обл., г. Братск, ул. Юбилейная, д. 1'),
    -- Усть-Илимская городская поликлиника № 1 (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Усть-Илимская городская поликлиника № 1»',
     'Усть-Илимская городская поликлиника № 1', '3817131824', '1023802778548', '1000038032', '38', '25738000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73953554784', 'ugp1-ust-ilimsk@example.org',
     'https://ugp1-ust-ilimsk.example.org', 'https://gospublic.example.org/ugp1-ust-ilimsk',
     '666684, Иркутская обл., г. Усть-Илимск, ул. Героев Труда, д. 17'),
    -- Шелеховская районная больница (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Шелеховская районная больница»',
     'Шелеховская районная больница', '3821762886', '1023802744481', '1000038033', '38', '25655101001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73955062703', 'shrb-shelekhov@example.org',
     'https://shrb-shelekhov.example.org', 'https://gospublic.example.org/shrb-shelekhov',
     '666034, Иркутская обл., г. Шелехов, кв-л 4, д. 24'),
    -- Усольская городская больница (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Усольская городская больница»',
     'Усольская городская больница', '3819541079', '1023802609357', '1000038034', '38', '25736000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73954370622', 'ugb-usolye@example.org',
     'https://ugb-usolye.example.org', 'https://gospublic.example.org/ugb-usolye',
     '665462, Иркутская обл., г. Усолье-Сибирское, ул. Ак. Павлова, д. 50'),
    -- Черемховская городская больница № 1 (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Черемховская городская больница № 1»',
     'Черемховская городская больница № 1', '3820368816', '1023802346897', null, '38', '25745000001', (select id from organisation where inn = '3808492976'),
     true, false, '{}', '+73954628541', 'cgb1-cheremkhovo@example.org',
     'https://cgb1-cheremkhovo.example.org', 'https://gospublic.example.org/cgb1-cheremkhovo',
     '665413, Иркутская обл., г. Черемхово, ул. Куйбышева, д. 25'),
    -- Тулунская городская больница (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Тулунская городская больница»',
     'Тулунская городская больница', '3816646700', '1023802065121', '1000038035', '38', '25732000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73953036460', 'tgb-tulun@example.org',
     'https://tgb-tulun.example.org', 'https://gospublic.example.org/tgb-tulun',
     '665268, Иркутская обл., г. Тулун, ул. Гидролизная, д. 2'),
    -- Саянская городская больница (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Саянская городская больница»',
     'Саянская городская больница', '3814128661', '1023802030119', '1000038036', '38', '25726000001', (select id from organisation where inn = '3808492976'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73955344379', 'sgb-sayansk@example.org',
     'https://sgb-sayansk.example.org', 'https://gospublic.example.org/sgb-sayansk',
     '666304, Иркутская обл., г. Саянск, мкр. Благовещенский, д. 5а'),
    -- Зиминская городская больница (parent: Минздрав Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение здравоохранения «Зиминская городская больница»',
     'Зиминская городская больница', '3814495460', '1023802799723', null, '38', '25720000001', (select id from organisation where inn = '3808492976'),
     false, true, '{REPORT_PROBLEM}', '+73955452298', 'zgb-zima@example.org',
     'https://zgb-zima.example.org', 'https://gospublic.example.org/zgb-zima',
     '665390, Иркутская обл., г. Зима, ул. Коммунистическая, д. 86'),
    -- МБОУ г. Иркутска СОШ № 19 (parent: Администрация г. Иркутска)
    ('INSTITUTION', 'Муниципальное бюджетное общеобразовательное учреждение города Иркутска средняя общеобразовательная школа № 19',
     'МБОУ г. Иркутска СОШ № 19', '3811822575', '1023801913651', '1000038037', '38', '25701000001', (select id from organisation where inn = '3808022226'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952640217', 'school19-irkutsk@example.org',
     'https://school19-irkutsk.example.org', 'https://gospublic.example.org/school19-irkutsk',
     '664047, Иркутская обл., г. Иркутск, ул. Александра Невского, д. 37'),
    -- МБОУ г. Иркутска СОШ № 64 (parent: Администрация г. Иркутска)
    ('INSTITUTION', 'Муниципальное бюджетное общеобразовательное учреждение города Иркутска средняя общеобразовательная школа № 64',
     'МБОУ г. Иркутска СОШ № 64', '3812180546', '1023801366225', null, '38', '25701000001', (select id from organisation where inn = '3808022226'),
     false, true, '{SHARE_OPINION}', '+73952748136', 'school64-irkutsk@example.org',
     'https://school64-irkutsk.example.org', 'https://gospublic.example.org/school64-irkutsk',
     '664058, Иркутская обл., г. Иркутск, мкр. Первомайский, д. 75'),
    -- МБДОУ г. Иркутска детский сад № 150 (parent: Администрация г. Иркутска)
    ('INSTITUTION', 'Муниципальное бюджетное дошкольное образовательное учреждение города Иркутска детский сад № 150',
     'МБДОУ г. Иркутска детский сад № 150', '3810458193', '1023801723880', null, '38', '25701000001', (select id from organisation where inn = '3808022226'),
     true, true, '{SHARE_OPINION}', '+73952256055', 'kindergarten150-irkutsk@example.org',
     'https://kindergarten150-irkutsk.example.org', 'https://gospublic.example.org/kindergarten150-irkutsk',
     '664081, Иркутская обл., г. Иркутск, ул. Депутатская, д. 53'),
    -- МБОУ «СОШ № 10» Ангарского городского округа (parent: Администрация Ангарского городского округа)
    ('INSTITUTION', 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 10» Ангарского городского округа',
     'МБОУ «СОШ № 10» Ангарского городского округа', '3801516025', '1023800612110', '1000038038', '38', '25703000001', (select id from organisation where inn = '3801731826'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73955363974', 'school10-angarsk@example.org',
     'https://school10-angarsk.example.org', 'https://gospublic.example.org/school10-angarsk',
     '665824, Иркутская обл., г. Ангарск, мкр. 7, д. 31'),
    -- МБОУ «СОШ № 12» г. Братска (parent: Администрация г. Братска)
    ('INSTITUTION', 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12» муниципального образования города Братска',
     'МБОУ «СОШ № 12» г. Братска', '3804590500', '1023800318200', null, '38', '25714000001', (select id from organisation where inn = '3803545078'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73953471893', 'school12-bratsk@example.org',
     'https://school12-bratsk.example.org', 'https://gospublic.example.org/school12-bratsk',
     '665709, Иркутская обл., г. Братск, ул. Гагарина, д. 13'),
    -- Иркутский областной краеведческий музей (parent: Минкультуры Иркутской области)
    ('INSTITUTION', 'Областное государственное бюджетное учреждение культуры «Иркутский областной краеведческий музей»',
     'Иркутский областной краеведческий музей', '3808318640', '1023801350704', '1000038039', '38', '25701000001', (select id from organisation where inn = '3808323424'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952579812', 'museum-local-history@example.org',
     'https://museum-local-history.example.org', 'https://gospublic.example.org/museum-local-history',
     '664003, Иркутская обл., г. Иркутск, ул. Карла Маркса, д. 2'),
    -- Управление соцзащиты населения по г. Иркутску (parent: Минсоцразвития Иркутской области)
    ('INSTITUTION', 'Областное государственное казённое учреждение «Управление социальной защиты и социального обслуживания населения по городу Иркутску»',
     'Управление соцзащиты населения по г. Иркутску', '3808364318', '1113850175493', '1000038040', '38', '25701000001', (select id from organisation where inn = '3808762301'),
     true, true, '{REPORT_PROBLEM,SHARE_OPINION}', '+73952687731', 'uszn-irkutsk@example.org',
     'https://uszn-irkutsk.example.org', 'https://gospublic.example.org/uszn-irkutsk',
     '664007, Иркутская обл., г. Иркутск, ул. Красноказачья, д. 10а'),
    -- Иркутская база авиационной охраны лесов (parent: Минлескомплекс Иркутской области)
    ('INSTITUTION', 'Областное государственное автономное учреждение «Иркутская база авиационной охраны лесов»',
     'Иркутская база авиационной охраны лесов', '3811441361', '1103850560219', '1000038041', '38', '25701000001', (select id from organisation where inn = '3808424542'),
     true, true, '{REPORT_PROBLEM}', '+73952795650', 'avia-forest-base@example.org',
     'https://avia-forest-base.example.org', 'https://gospublic.example.org/avia-forest-base',
     '664009, Иркутская обл., г. Иркутск, ул. Ширямова, д. 34'),
    -- Дирекция автодорог Иркутской области (parent: Минтранс Иркутской области)
    ('INSTITUTION', 'Областное государственное казённое учреждение «Дирекция по строительству и эксплуатации автомобильных дорог Иркутской области»',
     'Дирекция автодорог Иркутской области', '3808049193', '1023801681386', null, '38', '25701000001', (select id from organisation where inn = '3808075690'),
     true, true, '{REPORT_PROBLEM}', '+73952203569', 'roads-directorate@example.org',
     'https://roads-directorate.example.org', 'https://gospublic.example.org/roads-directorate',
     '664050, Иркутская обл., г. Иркутск, ул. Байкальская, д. 239')
on conflict do nothing;

-- Level 4: subdivisions with their own page, under their hospital.
insert into organisation (kind, full_name, short_name, inn, ogrn, esia_oid, region_code, oktmo, parent_id,
                          verified, connected, widgets, phone, email, website, public_page_url, address)
values
    -- Детская поликлиника Братской городской больницы № 5 (parent: Братская городская больница № 5)
    ('INSTITUTION', 'Детская поликлиника областного государственного бюджетного учреждения здравоохранения «Братская городская больница № 5»',
     'Детская поликлиника Братской городской больницы № 5', '3805450424', '1133850119941', null, '38', '25714000001', (select id from organisation where inn = '3805456056'),
     false, true, '{REPORT_PROBLEM}', '+73953311488', 'bgb5-children-polyclinic@example.org',
     'https://bgb5-children-polyclinic.example.org', 'https://gospublic.example.org/bgb5-children-polyclinic',
     '665729, Иркутская обл., г. Братск, ул. Мира, д. 40'),
    -- Женская консультация при Саянской городской больнице (parent: Саянская городская больница)
    ('INSTITUTION', 'Женская консультация при областном государственном бюджетном учреждении здравоохранения «Саянская городская больница»',
     'Женская консультация при Саянской городской больнице', '3814785138', '1143850330799', null, '38', '25726000001', (select id from organisation where inn = '3814128661'),
     false, false, '{}', '+73955349407', 'sgb-womens-clinic@example.org',
     'https://sgb-womens-clinic.example.org', 'https://gospublic.example.org/sgb-womens-clinic',
     '666302, Иркутская обл., г. Саянск, мкр. Юбилейный, д. 44')
on conflict do nothing;

-- The categories each organisation handles.
insert into organisation_category (organisation_id, category_id)
select o.id, c.id
from (values
    ('3808075059', 'svo-support'),                         -- Правительство Иркутской области
    ('3808492976', 'healthcare'),                          -- Минздрав Иркутской области
    ('3808492976', 'svo-support.medical-rehab'),           -- Минздрав Иркутской области
    ('3808866773', 'education'),                           -- Минобразования Иркутской области
    ('3808480360', 'construction'),                        -- Минстрой Иркутской области
    ('3808740643', 'housing'),                             -- Минэнерго и ЖКХ Иркутской области
    ('3808740643', 'landscaping'),                         -- Минэнерго и ЖКХ Иркутской области
    ('3808075690', 'roads'),                               -- Минтранс Иркутской области
    ('3808075690', 'transport'),                           -- Минтранс Иркутской области
    ('3808762301', 'social'),                              -- Минсоцразвития Иркутской области
    ('3808762301', 'svo-support'),                         -- Минсоцразвития Иркутской области
    ('3808424542', 'forestry'),                            -- Минлескомплекс Иркутской области
    ('3808243049', 'agriculture'),                         -- Минсельхоз Иркутской области
    ('3808323424', 'culture'),                             -- Минкультуры Иркутской области
    ('3808109967', 'sport'),                               -- Минспорт Иркутской области
    ('3808136449', 'ecology'),                             -- Минприроды Иркутской области
    ('3808312006', 'economy'),                             -- Минэкономразвития Иркутской области
    ('3808417633', 'communications'),                      -- Минцифры Иркутской области
    ('3808022226', 'landscaping'),                         -- Администрация г. Иркутска
    ('3808022226', 'housing'),                             -- Администрация г. Иркутска
    ('3808022226', 'roads'),                               -- Администрация г. Иркутска
    ('3808022226', 'transport'),                           -- Администрация г. Иркутска
    ('3808022226', 'education'),                           -- Администрация г. Иркутска
    ('3808022226', 'ecology'),                             -- Администрация г. Иркутска
    ('3808022226', 'education.kindergarten'),              -- Администрация г. Иркутска
    ('3801731826', 'landscaping'),                         -- Администрация Ангарского городского округа
    ('3801731826', 'housing'),                             -- Администрация Ангарского городского округа
    ('3801731826', 'roads'),                               -- Администрация Ангарского городского округа
    ('3801731826', 'transport'),                           -- Администрация Ангарского городского округа
    ('3801731826', 'education'),                           -- Администрация Ангарского городского округа
    ('3801731826', 'ecology'),                             -- Администрация Ангарского городского округа
    ('3803545078', 'landscaping'),                         -- Администрация г. Братска
    ('3803545078', 'housing'),                             -- Администрация г. Братска
    ('3803545078', 'roads'),                               -- Администрация г. Братска
    ('3803545078', 'transport'),                           -- Администрация г. Братска
    ('3803545078', 'education'),                           -- Администрация г. Братска
    ('3803545078', 'ecology'),                             -- Администрация г. Братска
    ('3817326485', 'landscaping'),                         -- Администрация г. Усть-Илимска
    ('3817326485', 'housing'),                             -- Администрация г. Усть-Илимска
    ('3817326485', 'roads'),                               -- Администрация г. Усть-Илимска
    ('3817326485', 'transport'),                           -- Администрация г. Усть-Илимска
    ('3817326485', 'education'),                           -- Администрация г. Усть-Илимска
    ('3817326485', 'ecology'),                             -- Администрация г. Усть-Илимска
    ('3821614430', 'landscaping'),                         -- Администрация Шелеховского района
    ('3821614430', 'housing'),                             -- Администрация Шелеховского района
    ('3821614430', 'roads'),                               -- Администрация Шелеховского района
    ('3821614430', 'transport'),                           -- Администрация Шелеховского района
    ('3821614430', 'education'),                           -- Администрация Шелеховского района
    ('3821614430', 'ecology'),                             -- Администрация Шелеховского района
    ('3819094102', 'landscaping'),                         -- Администрация г. Усолье-Сибирское
    ('3819094102', 'housing'),                             -- Администрация г. Усолье-Сибирское
    ('3819094102', 'roads'),                               -- Администрация г. Усолье-Сибирское
    ('3819094102', 'transport'),                           -- Администрация г. Усолье-Сибирское
    ('3819094102', 'education'),                           -- Администрация г. Усолье-Сибирское
    ('3819094102', 'ecology'),                             -- Администрация г. Усолье-Сибирское
    ('3820158061', 'landscaping'),                         -- Администрация г. Черемхово
    ('3820158061', 'housing'),                             -- Администрация г. Черемхово
    ('3820158061', 'roads'),                               -- Администрация г. Черемхово
    ('3820158061', 'transport'),                           -- Администрация г. Черемхово
    ('3820158061', 'education'),                           -- Администрация г. Черемхово
    ('3820158061', 'ecology'),                             -- Администрация г. Черемхово
    ('3816051541', 'landscaping'),                         -- Администрация г. Тулуна
    ('3816051541', 'housing'),                             -- Администрация г. Тулуна
    ('3816051541', 'roads'),                               -- Администрация г. Тулуна
    ('3816051541', 'transport'),                           -- Администрация г. Тулуна
    ('3816051541', 'education'),                           -- Администрация г. Тулуна
    ('3816051541', 'ecology'),                             -- Администрация г. Тулуна
    ('3814086676', 'landscaping'),                         -- Администрация г. Саянска
    ('3814086676', 'housing'),                             -- Администрация г. Саянска
    ('3814086676', 'roads'),                               -- Администрация г. Саянска
    ('3814086676', 'transport'),                           -- Администрация г. Саянска
    ('3814086676', 'education'),                           -- Администрация г. Саянска
    ('3814086676', 'ecology'),                             -- Администрация г. Саянска
    ('3814303730', 'landscaping'),                         -- Администрация г. Зимы
    ('3814303730', 'housing'),                             -- Администрация г. Зимы
    ('3814303730', 'roads'),                               -- Администрация г. Зимы
    ('3814303730', 'transport'),                           -- Администрация г. Зимы
    ('3814303730', 'education'),                           -- Администрация г. Зимы
    ('3814303730', 'ecology'),                             -- Администрация г. Зимы
    ('3827448108', 'landscaping'),                         -- Администрация Иркутского района
    ('3827448108', 'housing'),                             -- Администрация Иркутского района
    ('3827448108', 'roads'),                               -- Администрация Иркутского района
    ('3827448108', 'transport'),                           -- Администрация Иркутского района
    ('3827448108', 'education'),                           -- Администрация Иркутского района
    ('3827448108', 'ecology'),                             -- Администрация Иркутского района
    ('3811445327', 'healthcare'),                          -- Иркутская областная клиническая больница
    ('3808311972', 'healthcare'),                          -- Городская клиническая больница № 1 г. Иркутска
    ('3812111052', 'healthcare'),                          -- Городская поликлиника № 2 г. Иркутска
    ('3812111052', 'healthcare.doctor-appointment'),       -- Городская поликлиника № 2 г. Иркутска
    ('3810331334', 'healthcare'),                          -- Городская поликлиника № 11 г. Иркутска
    ('3810331334', 'healthcare.doctor-appointment'),       -- Городская поликлиника № 11 г. Иркутска
    ('3801305296', 'healthcare'),                          -- Ангарская городская больница
    ('3801305296', 'healthcare.doctor-appointment'),       -- Ангарская городская больница
    ('3804883633', 'healthcare'),                          -- Братская городская больница № 1
    ('3804883633', 'healthcare.doctor-appointment'),       -- Братская городская больница № 1
    ('3805456056', 'healthcare'),                          -- Братская городская больница № 5
    ('3805450424', 'healthcare.doctor-appointment'),       -- Детская поликлиника Братской городской больницы № 5
    ('3817131824', 'healthcare'),                          -- Усть-Илимская городская поликлиника № 1
    ('3817131824', 'healthcare.doctor-appointment'),       -- Усть-Илимская городская поликлиника № 1
    ('3821762886', 'healthcare'),                          -- Шелеховская районная больница
    ('3819541079', 'healthcare'),                          -- Усольская городская больница
    ('3820368816', 'healthcare'),                          -- Черемховская городская больница № 1
    ('3816646700', 'healthcare'),                          -- Тулунская городская больница
    ('3814128661', 'healthcare'),                          -- Саянская городская больница
    ('3814785138', 'healthcare'),                          -- Женская консультация при Саянской городской больнице
    ('3814495460', 'healthcare'),                          -- Зиминская городская больница
    ('3811822575', 'education'),                           -- МБОУ г. Иркутска СОШ № 19
    ('3811822575', 'education.schools'),                   -- МБОУ г. Иркутска СОШ № 19
    ('3812180546', 'education'),                           -- МБОУ г. Иркутска СОШ № 64
    ('3812180546', 'education.schools'),                   -- МБОУ г. Иркутска СОШ № 64
    ('3810458193', 'education'),                           -- МБДОУ г. Иркутска детский сад № 150
    ('3810458193', 'education.kindergarten'),              -- МБДОУ г. Иркутска детский сад № 150
    ('3801516025', 'education'),                           -- МБОУ «СОШ № 10» Ангарского городского округа
    ('3801516025', 'education.schools'),                   -- МБОУ «СОШ № 10» Ангарского городского округа
    ('3804590500', 'education'),                           -- МБОУ «СОШ № 12» г. Братска
    ('3804590500', 'education.schools'),                   -- МБОУ «СОШ № 12» г. Братска
    ('3808318640', 'culture'),                             -- Иркутский областной краеведческий музей
    ('3808364318', 'social'),                              -- Управление соцзащиты населения по г. Иркутску
    ('3808364318', 'social.benefits'),                     -- Управление соцзащиты населения по г. Иркутску
    ('3808364318', 'svo-support.payments'),                -- Управление соцзащиты населения по г. Иркутску
    ('3811441361', 'forestry'),                            -- Иркутская база авиационной охраны лесов
    ('3811441361', 'forestry.fires'),                      -- Иркутская база авиационной охраны лесов
    ('3808049193', 'roads')                                -- Дирекция автодорог Иркутской области
) as v (inn, category_code)
join organisation o on o.inn = v.inn
join category c on c.code = v.category_code
on conflict do nothing;

-- Routing rules: (category, OKTMO prefix) -> organisation. Region-wide rules use the prefix 25
-- (the whole oblast) rather than the empty prefix, so that other regions can sit beside it.
insert into routing_rule (category_id, oktmo_prefix, organisation_id)
select c.id, v.oktmo_prefix, o.id
from (values
    -- region-wide: every top-level topic to its ministry
    ('landscaping',                   '25',       '3808740643'),  -- Минэнерго и ЖКХ Иркутской области
    ('housing',                       '25',       '3808740643'),  -- Минэнерго и ЖКХ Иркутской области
    ('healthcare',                    '25',       '3808492976'),  -- Минздрав Иркутской области
    ('culture',                       '25',       '3808323424'),  -- Минкультуры Иркутской области
    ('forestry',                      '25',       '3808424542'),  -- Минлескомплекс Иркутской области
    ('education',                     '25',       '3808866773'),  -- Минобразования Иркутской области
    ('economy',                       '25',       '3808312006'),  -- Минэкономразвития Иркутской области
    ('roads',                         '25',       '3808075690'),  -- Минтранс Иркутской области
    ('communications',                '25',       '3808417633'),  -- Минцифры Иркутской области
    ('agriculture',                   '25',       '3808243049'),  -- Минсельхоз Иркутской области
    ('social',                        '25',       '3808762301'),  -- Минсоцразвития Иркутской области
    ('construction',                  '25',       '3808480360'),  -- Минстрой Иркутской области
    ('transport',                     '25',       '3808075690'),  -- Минтранс Иркутской области
    ('sport',                         '25',       '3808109967'),  -- Минспорт Иркутской области
    ('ecology',                       '25',       '3808136449'),  -- Минприроды Иркутской области
    ('svo-support',                   '25',       '3808762301'),  -- Минсоцразвития Иркутской области
    -- municipal: city-level topics to the city (or district) administration
    ('landscaping',                   '25701000', '3808022226'),  -- Администрация г. Иркутска
    ('housing',                       '25701000', '3808022226'),  -- Администрация г. Иркутска
    ('roads',                         '25701000', '3808022226'),  -- Администрация г. Иркутска
    ('transport',                     '25701000', '3808022226'),  -- Администрация г. Иркутска
    ('landscaping',                   '25703000', '3801731826'),  -- Администрация Ангарского городского округа
    ('housing',                       '25703000', '3801731826'),  -- Администрация Ангарского городского округа
    ('roads',                         '25703000', '3801731826'),  -- Администрация Ангарского городского округа
    ('transport',                     '25703000', '3801731826'),  -- Администрация Ангарского городского округа
    ('landscaping',                   '25714000', '3803545078'),  -- Администрация г. Братска
    ('housing',                       '25714000', '3803545078'),  -- Администрация г. Братска
    ('roads',                         '25714000', '3803545078'),  -- Администрация г. Братска
    ('transport',                     '25714000', '3803545078'),  -- Администрация г. Братска
    ('landscaping',                   '25738000', '3817326485'),  -- Администрация г. Усть-Илимска
    ('housing',                       '25738000', '3817326485'),  -- Администрация г. Усть-Илимска
    ('roads',                         '25738000', '3817326485'),  -- Администрация г. Усть-Илимска
    ('transport',                     '25738000', '3817326485'),  -- Администрация г. Усть-Илимска
    ('landscaping',                   '25655',    '3821614430'),  -- Администрация Шелеховского района
    ('housing',                       '25655',    '3821614430'),  -- Администрация Шелеховского района
    ('roads',                         '25655',    '3821614430'),  -- Администрация Шелеховского района
    ('transport',                     '25655',    '3821614430'),  -- Администрация Шелеховского района
    ('landscaping',                   '25736000', '3819094102'),  -- Администрация г. Усолье-Сибирское
    ('housing',                       '25736000', '3819094102'),  -- Администрация г. Усолье-Сибирское
    ('roads',                         '25736000', '3819094102'),  -- Администрация г. Усолье-Сибирское
    ('transport',                     '25736000', '3819094102'),  -- Администрация г. Усолье-Сибирское
    ('landscaping',                   '25745000', '3820158061'),  -- Администрация г. Черемхово
    ('housing',                       '25745000', '3820158061'),  -- Администрация г. Черемхово
    ('roads',                         '25745000', '3820158061'),  -- Администрация г. Черемхово
    ('transport',                     '25745000', '3820158061'),  -- Администрация г. Черемхово
    ('landscaping',                   '25732000', '3816051541'),  -- Администрация г. Тулуна
    ('housing',                       '25732000', '3816051541'),  -- Администрация г. Тулуна
    ('roads',                         '25732000', '3816051541'),  -- Администрация г. Тулуна
    ('transport',                     '25732000', '3816051541'),  -- Администрация г. Тулуна
    ('landscaping',                   '25726000', '3814086676'),  -- Администрация г. Саянска
    ('housing',                       '25726000', '3814086676'),  -- Администрация г. Саянска
    ('roads',                         '25726000', '3814086676'),  -- Администрация г. Саянска
    ('transport',                     '25726000', '3814086676'),  -- Администрация г. Саянска
    ('landscaping',                   '25720000', '3814303730'),  -- Администрация г. Зимы
    ('housing',                       '25720000', '3814303730'),  -- Администрация г. Зимы
    ('roads',                         '25720000', '3814303730'),  -- Администрация г. Зимы
    ('transport',                     '25720000', '3814303730'),  -- Администрация г. Зимы
    ('landscaping',                   '25612',    '3827448108'),  -- Администрация Иркутского района
    ('housing',                       '25612',    '3827448108'),  -- Администрация Иркутского района
    ('roads',                         '25612',    '3827448108'),  -- Администрация Иркутского района
    ('transport',                     '25612',    '3827448108'),  -- Администрация Иркутского района
    -- subtopics with an organisation of their own
    ('healthcare.doctor-appointment', '25701000', '3812111052'),  -- Городская поликлиника № 2 г. Иркутска
    ('healthcare.doctor-appointment', '25703000', '3801305296'),  -- Ангарская городская больница
    ('healthcare.doctor-appointment', '25714000', '3804883633'),  -- Братская городская больница № 1
    ('education.kindergarten',        '25701000', '3808022226'),  -- Администрация г. Иркутска
    ('social.benefits',               '25701000', '3808364318'),  -- Управление соцзащиты населения по г. Иркутску
    ('svo-support.payments',          '25701000', '3808364318'),  -- Управление соцзащиты населения по г. Иркутску
    ('svo-support.medical-rehab',     '25',       '3808492976'),  -- Минздрав Иркутской области
    ('forestry.fires',                '25',       '3811441361')   -- Иркутская база авиационной охраны лесов
) as v (category_code, oktmo_prefix, inn)
join category c on c.code = v.category_code
join organisation o on o.inn = v.inn
on conflict do nothing;
