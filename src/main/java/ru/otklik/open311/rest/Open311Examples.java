package ru.otklik.open311.rest;

/**
 * GeoReport documents as {@link Open311Formats} writes them, for the OpenAPI document: JSON and XML of one document
 * say the same, XML on one line after its declaration, null fields as empty elements. Texts are the Russian ones (the
 * default language); the endpoint URL is the server's own.
 */
final class Open311Examples {

    private Open311Examples() {
    }

    /** {@code GET discovery.json}. */
    static final String DISCOVERY_JSON = "{\"changeset\":\"2026-03-01T00:00:00Z\","
            + "\"contact\":\"Отклик — платформа обратной связи: поддержка через оператора платформы в регионе\","
            + "\"key_service\":\"api_key — токен доступа поставщика удостоверений платформы: партнёры получают его по client credentials, граждане — входом через Госуслуги\","
            + "\"endpoints\":[{\"specification\":\"http://wiki.open311.org/GeoReport_v2\","
            + "\"url\":\"http://localhost:8080/open311/v2\",\"changeset\":\"2026-03-01T00:00:00Z\","
            + "\"type\":\"production\",\"formats\":[\"text/xml\",\"application/json\"]}]}";

    /** {@code GET discovery.xml}. */
    static final String DISCOVERY_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><discovery><changeset>2026-03-01T00:00:00Z</changeset>"
            + "<contact>Отклик — платформа обратной связи: поддержка через оператора платформы в регионе</contact>"
            + "<key_service>api_key — токен доступа поставщика удостоверений платформы: партнёры получают его по client credentials, граждане — входом через Госуслуги</key_service>"
            + "<endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification>"
            + "<url>http://localhost:8080/open311/v2</url><changeset>2026-03-01T00:00:00Z</changeset>"
            + "<type>production</type><formats><format>text/xml</format><format>application/json</format></formats>"
            + "</endpoint></endpoints></discovery>";

    /** {@code GET services.json}: two of the services. */
    static final String SERVICES_JSON = "[{\"service_code\":\"landscaping.yards\",\"service_name\":\"Благоустройство дворов\","
            + "\"description\":\"Благоустройство: Благоустройство дворов. Ответ в течение 10 раб. дн. после регистрации\","
            + "\"metadata\":true,\"type\":\"realtime\",\"keywords\":\"landscaping yards\","
            + "\"group\":\"Благоустройство\"},{\"service_code\":\"roads.potholes\",\"service_name\":\"Ямы на дорогах\","
            + "\"description\":\"Ремонт дорог: Ямы на дорогах. Ответ в течение 10 раб. дн. после регистрации\","
            + "\"metadata\":true,\"type\":\"realtime\",\"keywords\":\"roads potholes\",\"group\":\"Ремонт дорог\"}]";

    /** {@code GET services.xml}: two of the services. */
    static final String SERVICES_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><services><service>"
            + "<service_code>landscaping.yards</service_code><service_name>Благоустройство дворов</service_name>"
            + "<description>Благоустройство: Благоустройство дворов. Ответ в течение 10 раб. дн. после регистрации</description>"
            + "<metadata>true</metadata><type>realtime</type><keywords>landscaping yards</keywords>"
            + "<group>Благоустройство</group></service><service><service_code>roads.potholes</service_code>"
            + "<service_name>Ямы на дорогах</service_name>"
            + "<description>Ремонт дорог: Ямы на дорогах. Ответ в течение 10 раб. дн. после регистрации</description>"
            + "<metadata>true</metadata><type>realtime</type><keywords>roads potholes</keywords>"
            + "<group>Ремонт дорог</group></service></services>";

    /** {@code GET services/roads.potholes.json}. */
    static final String DEFINITION_JSON = "{\"service_code\":\"roads.potholes\",\"attributes\":[{\"variable\":true,\"code\":\"oktmo\","
            + "\"datatype\":\"string\",\"required\":false,\"datatype_description\":\"8 или 11 цифр\",\"order\":1,"
            + "\"description\":\"Код ОКТМО места: от него зависит, кто рассмотрит запрос. По умолчанию — ОКТМО регистрации гражданина или организации партнёра, если она одна\"}]}";

    /** {@code GET services/roads.potholes.xml}. */
    static final String DEFINITION_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_definition><service_code>roads.potholes</service_code>"
            + "<attributes><attribute><variable>true</variable><code>oktmo</code><datatype>string</datatype>"
            + "<required>false</required><datatype_description>8 или 11 цифр</datatype_description><order>1</order>"
            + "<description>Код ОКТМО места: от него зависит, кто рассмотрит запрос. По умолчанию — ОКТМО регистрации гражданина или организации партнёра, если она одна</description>"
            + "</attribute></attributes></service_definition>";

    /** {@code POST requests.json}: the new request's id (the appeal's) and a notice with its number. */
    static final String CREATED_JSON = "[{\"service_request_id\":\"124\","
            + "\"service_notice\":\"Обращение 38-2026-000124 принято: после модерации оно будет зарегистрировано, ответ — в течение 10 раб. дн.\","
            + "\"account_id\":null}]";

    /** {@code POST requests.xml}. */
    static final String CREATED_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>"
            + "<service_request_id>124</service_request_id>"
            + "<service_notice>Обращение 38-2026-000124 принято: после модерации оно будет зарегистрировано, ответ — в течение 10 раб. дн.</service_notice>"
            + "<account_id/></request></service_requests>";

    /** {@code GET requests.json} and {@code GET requests/123.json}: a registered appeal. */
    static final String REQUESTS_JSON = "[{\"service_request_id\":\"123\",\"status\":\"open\","
            + "\"status_notes\":\"Зарегистрировано; ответ до 2026-03-26\",\"service_name\":\"Ямы на дорогах\","
            + "\"service_code\":\"roads.potholes\","
            + "\"description\":\"Большая яма на проезжей части у дома 12 по ул. Ленина, машины объезжают по встречной\","
            + "\"agency_responsible\":\"Администрация г. Иркутска\",\"service_notice\":null,"
            + "\"requested_datetime\":\"2026-03-11T09:41:27Z\",\"updated_datetime\":\"2026-03-12T02:14:07Z\","
            + "\"expected_datetime\":\"2026-03-26T16:00:00Z\",\"address\":\"г. Иркутск, ул. Ленина, 12\","
            + "\"address_id\":null,\"zipcode\":null,\"lat\":52.287,\"long\":104.281,"
            + "\"media_url\":\"https://example.org/photos/pothole.jpg\"}]";

    /** {@code GET requests.xml} and {@code GET requests/123.xml}. */
    static final String REQUESTS_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>"
            + "<service_request_id>123</service_request_id><status>open</status>"
            + "<status_notes>Зарегистрировано; ответ до 2026-03-26</status_notes>"
            + "<service_name>Ямы на дорогах</service_name><service_code>roads.potholes</service_code>"
            + "<description>Большая яма на проезжей части у дома 12 по ул. Ленина, машины объезжают по встречной</description>"
            + "<agency_responsible>Администрация г. Иркутска</agency_responsible><service_notice/>"
            + "<requested_datetime>2026-03-11T09:41:27Z</requested_datetime>"
            + "<updated_datetime>2026-03-12T02:14:07Z</updated_datetime>"
            + "<expected_datetime>2026-03-26T16:00:00Z</expected_datetime><address>г. Иркутск, ул. Ленина, 12</address>"
            + "<address_id/><zipcode/><lat>52.287</lat><long>104.281</long>"
            + "<media_url>https://example.org/photos/pothole.jpg</media_url></request></service_requests>";
}
