-- Reference data: the category tree (topics of appeals and messages), production data.
--
-- Why a migration: every region needs the same topics from the first start, appeals,
-- routing rules and statistics refer to them by code, and clients filter by code, so the
-- codes are part of the contract. Names follow the topics of the Gosuslugi feedback
-- platform ("Решаем вместе"); administrators may add or rename topics later through the
-- API, but must not reuse or change a code.
--
-- deadline_days are working days to answer. A message on the platform is answered within
-- 10 working days, so 10 is the default; topics where waiting hurts (a doctor's
-- appointment, medicines, an emergency, heat, water or power cuts, snow, forest fires)
-- get 5 (fires 3). Appeals from servicemen (СВО) and their families are priority and get
-- 5 days, the parent topic and all its children alike.
--
-- Codes: top level is a lowercase latin slug; a subtopic is "<parent>.<slug>".
-- Ids are identity values: parents are looked up by code, never by id.

insert into category (code, name, deadline_days, priority) values
    ('landscaping',    'Благоустройство',                              10, false),
    ('housing',        'ЖКХ',                                          10, false),
    ('healthcare',     'Здравоохранение',                              10, false),
    ('culture',        'Культура',                                     10, false),
    ('forestry',       'Лесное хозяйство',                             10, false),
    ('education',      'Образование',                                  10, false),
    ('economy',        'Предпринимательство и экономика',              10, false),
    ('roads',          'Ремонт дорог',                                 10, false),
    ('communications', 'Связь и ТВ',                                   10, false),
    ('agriculture',    'Сельское хозяйство',                           10, false),
    ('social',         'Социальное обслуживание и защита',             10, false),
    ('construction',   'Строительство',                                10, false),
    ('transport',      'Транспорт',                                    10, false),
    ('sport',          'Физкультура и спорт',                          10, false),
    ('ecology',        'Экология',                                     10, false),
    ('svo-support',    'Поддержка участников СВО и их семей',           5, true);

insert into category (parent_id, code, name, deadline_days, priority)
select parent.id, sub.code, sub.name, sub.deadline_days, sub.priority
from (values
    ('landscaping', 'landscaping.yards',         'Благоустройство дворов',                          10, false),
    ('landscaping', 'landscaping.public-spaces', 'Парки, скверы и общественные пространства',       10, false),
    ('landscaping', 'landscaping.lighting',      'Уличное освещение',                               10, false),
    ('landscaping', 'landscaping.playgrounds',   'Детские и спортивные площадки',                   10, false),
    ('landscaping', 'landscaping.cleaning',      'Уборка территорий и вывоз мусора',                10, false),
    ('landscaping', 'landscaping.stray-animals', 'Безнадзорные животные',                           10, false),

    ('housing', 'housing.heating',            'Отопление',                                          5, false),
    ('housing', 'housing.water-supply',       'Водоснабжение и водоотведение',                      5, false),
    ('housing', 'housing.electricity',        'Электроснабжение',                                   5, false),
    ('housing', 'housing.capital-repair',     'Капитальный ремонт домов',                          10, false),
    ('housing', 'housing.management-company', 'Работа управляющих компаний',                       10, false),
    ('housing', 'housing.utility-bills',      'Плата за жилищно-коммунальные услуги',              10, false),

    ('healthcare', 'healthcare.doctor-appointment', 'Запись к врачу',                               5, false),
    ('healthcare', 'healthcare.medicines',          'Лекарственное обеспечение',                    5, false),
    ('healthcare', 'healthcare.ambulance',          'Скорая медицинская помощь',                    5, false),
    ('healthcare', 'healthcare.clinics',            'Работа поликлиник и больниц',                 10, false),
    ('healthcare', 'healthcare.rural-medicine',     'Фельдшерско-акушерские пункты и сельская медицина', 10, false),

    ('culture', 'culture.institutions', 'Работа учреждений культуры',                              10, false),
    ('culture', 'culture.events',       'Культурные мероприятия',                                  10, false),
    ('culture', 'culture.heritage',     'Объекты культурного наследия',                            10, false),

    ('forestry', 'forestry.fires',           'Лесные пожары',                                       3, false),
    ('forestry', 'forestry.illegal-logging', 'Незаконные рубки',                                    5, false),
    ('forestry', 'forestry.own-needs-wood',  'Заготовка древесины для собственных нужд',           10, false),

    ('education', 'education.kindergarten',   'Запись в детский сад',                              10, false),
    ('education', 'education.schools',        'Работа школ',                                       10, false),
    ('education', 'education.school-meals',   'Питание в школах и детских садах',                  10, false),
    ('education', 'education.school-transport', 'Подвоз детей к школе',                             5, false),
    ('education', 'education.extracurricular', 'Дополнительное образование',                       10, false),

    ('economy', 'economy.small-business', 'Поддержка малого и среднего бизнеса',                   10, false),
    ('economy', 'economy.trade',          'Торговля и услуги',                                     10, false),
    ('economy', 'economy.prices',         'Цены на товары',                                        10, false),
    ('economy', 'economy.employment',     'Занятость и трудоустройство',                           10, false),

    ('roads', 'roads.potholes',       'Ямы на дорогах',                                            10, false),
    ('roads', 'roads.snow-removal',   'Уборка снега и наледи',                                      5, false),
    ('roads', 'roads.traffic-control', 'Светофоры, дорожные знаки и разметка',                     10, false),
    ('roads', 'roads.sidewalks',      'Тротуары и пешеходные переходы',                            10, false),
    ('roads', 'roads.construction',   'Строительство и реконструкция дорог',                       10, false),

    ('communications', 'communications.mobile',   'Мобильная связь',                               10, false),
    ('communications', 'communications.internet', 'Интернет',                                      10, false),
    ('communications', 'communications.tv-radio', 'Телевидение и радио',                           10, false),
    ('communications', 'communications.post',     'Почтовая связь',                                10, false),

    ('agriculture', 'agriculture.farmer-support', 'Поддержка фермеров и сельхозпроизводителей',   10, false),
    ('agriculture', 'agriculture.land',           'Земли сельскохозяйственного назначения',        10, false),
    ('agriculture', 'agriculture.veterinary',     'Ветеринария и болезни животных',                10, false),

    ('social', 'social.benefits',      'Социальные выплаты и пособия',                             10, false),
    ('social', 'social.large-families', 'Поддержка многодетных семей',                            10, false),
    ('social', 'social.disability',    'Поддержка людей с инвалидностью',                          10, false),
    ('social', 'social.elderly-care',  'Социальное обслуживание пожилых',                          10, false),
    ('social', 'social.guardianship',  'Опека и попечительство',                                   10, false),

    ('construction', 'construction.resettlement',     'Переселение из аварийного жилья',           10, false),
    ('construction', 'construction.shared-equity',    'Долевое строительство и проблемные объекты', 10, false),
    ('construction', 'construction.social-facilities', 'Строительство школ, детских садов и больниц', 10, false),
    ('construction', 'construction.permits',          'Разрешения на строительство',               10, false),

    ('transport', 'transport.public',    'Общественный транспорт',                                 10, false),
    ('transport', 'transport.routes',    'Маршруты и расписание',                                  10, false),
    ('transport', 'transport.fares',     'Стоимость проезда',                                      10, false),
    ('transport', 'transport.suburban',  'Пригородное и междугороднее сообщение',                  10, false),
    ('transport', 'transport.taxi',      'Такси',                                                  10, false),

    ('sport', 'sport.facilities', 'Спортивные объекты',                                            10, false),
    ('sport', 'sport.sections',   'Спортивные секции',                                             10, false),
    ('sport', 'sport.events',     'Спортивные мероприятия',                                        10, false),

    ('ecology', 'ecology.air',          'Загрязнение воздуха',                                     10, false),
    ('ecology', 'ecology.water-bodies', 'Загрязнение водоёмов',                                    10, false),
    ('ecology', 'ecology.dumps',        'Несанкционированные свалки',                              10, false),
    ('ecology', 'ecology.green-spaces', 'Вырубка деревьев и зелёные насаждения',                   10, false),

    ('svo-support', 'svo-support.payments',     'Выплаты и льготы',                                 5, true),
    ('svo-support', 'svo-support.family-help',  'Помощь семьям',                                    5, true),
    ('svo-support', 'svo-support.medical-rehab', 'Медицинская помощь и реабилитация',               5, true),
    ('svo-support', 'svo-support.documents',    'Документы и статус участника',                     5, true),
    ('svo-support', 'svo-support.employment',   'Трудоустройство и обучение',                       5, true)
) as sub (parent_code, code, name, deadline_days, priority)
join category parent on parent.code = sub.parent_code;
