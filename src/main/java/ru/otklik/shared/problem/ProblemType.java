package ru.otklik.shared.problem;

import java.net.URI;
import java.util.Locale;

/**
 * Every kind of error the API answers, with its stable {@code type} URI (a promise to clients that switch on it),
 * HTTP status and title in Russian and English.
 */
public enum ProblemType {

    VALIDATION("validation", 400, "Некорректный запрос", "Invalid request"),
    MALFORMED_BODY("malformed-body", 400, "Тело запроса не разобрано", "Malformed request body"),
    UNAUTHORIZED("unauthorized", 401, "Требуется аутентификация", "Authentication required"),
    FORBIDDEN("forbidden", 403, "Доступ запрещён", "Access denied"),
    NOT_FOUND("not-found", 404, "Не найдено", "Not found"),
    NO_ROUTE("no-route", 404, "Нет ответственной организации", "No responsible organisation"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Метод не поддерживается", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Формат ответа не поддерживается", "Not acceptable"),
    CONFLICT("conflict", 409, "Конфликт с текущим состоянием", "Conflict with the current state"),
    DUPLICATE("duplicate", 409, "Такая запись уже существует", "Duplicate"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Формат запроса не поддерживается", "Unsupported media type"),
    UNTRUSTED_ACCOUNT("untrusted-account", 403, "Нужна подтверждённая учётная запись", "A confirmed account is required"),
    INVALID_TRANSITION("invalid-transition", 409, "Действие недоступно в текущем статусе", "Action not allowed in the current status"),
    UNROUTABLE("unroutable", 422, "Нет организации для рассмотрения", "No organisation to handle it"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Ключ идемпотентности уже использован для другого запроса",
            "Idempotency key already used for another request"),
    UNSUPPORTED_ATTACHMENT("unsupported-attachment", 415, "Недопустимый файл", "Unsupported attachment"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Слишком большой файл", "Payload too large"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Слишком много запросов", "Too many requests"),
    CALENDAR_MISSING("calendar-missing", 503, "Нет производственного календаря", "Production calendar missing"),
    INTERNAL("internal", 500, "Внутренняя ошибка сервера", "Internal server error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Сервис временно недоступен", "Service temporarily unavailable"),
    HTTP("http", 0, "Ошибка запроса", "Request error");

    /** Base of every problem type URI; documented in the OpenAPI description. */
    public static final String BASE_URI = "https://otklik.ru/problems/";

    private final URI uri;
    private final int status;
    private final String titleRu;
    private final String titleEn;

    ProblemType(String slug, int status, String titleRu, String titleEn) {
        this.uri = URI.create(BASE_URI + slug);
        this.status = status;
        this.titleRu = titleRu;
        this.titleEn = titleEn;
    }

    public URI uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title(Locale locale) {
        return Languages.isEnglish(locale) ? titleEn : titleRu;
    }

    /** The type that stands for a plain HTTP status raised by the framework. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> HTTP;
        };
    }
}
