package ru.otklik.stats.rest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import ru.otklik.shared.problem.Languages;
import ru.otklik.stats.dto.AppealStatsView;
import ru.otklik.stats.dto.GroupKeyView;
import ru.otklik.stats.dto.StatsGroupView;

/**
 * Statistics as a spreadsheet file: UTF-8 with a byte order mark (without it Excel reads Cyrillic as cp1251), a header
 * row, one row per group. In Russian (the default) the separator is {@code ;} and decimals have a comma, which is what
 * Excel with Russian regional settings opens by a double click; with {@code Accept-Language: en}, {@code ,} and a point.
 * Numbers carry no thousands separators or units; an empty cell is a figure that does not exist (or is suppressed).
 */
public final class StatsCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String BOM = "\uFEFF";
    /** Dimensions whose value is an id: they get a second column with the name. */
    private static final Set<String> NAMED = Set.of("category", "topCategory", "organisation");
    private static final Map<String, String[]> HEADERS = Map.ofEntries(
            Map.entry("category", new String[] { "ID категории", "category id" }),
            Map.entry("categoryName", new String[] { "Категория", "category" }),
            Map.entry("topCategory", new String[] { "ID темы", "topic id" }),
            Map.entry("topCategoryName", new String[] { "Тема", "topic" }),
            Map.entry("organisation", new String[] { "ID организации", "organisation id" }),
            Map.entry("organisationName", new String[] { "Организация", "organisation" }),
            Map.entry("channel", new String[] { "Канал", "channel" }),
            Map.entry("status", new String[] { "Статус", "status" }),
            Map.entry("month", new String[] { "Месяц", "month" }),
            Map.entry("week", new String[] { "Неделя", "week" }),
            Map.entry("oktmo", new String[] { "ОКТМО (5 знаков)", "OKTMO (5 digits)" }),
            Map.entry("priority", new String[] { "Приоритетные (СВО)", "priority" }));
    private static final String[][] FIGURES = {
            { "Скрыто (малая группа)", "suppressed (small group)" },
            { "Поступило", "received" },
            { "Зарегистрировано", "registered" },
            { "Отклонено", "rejected" },
            { "Дан ответ", "answered" },
            { "Ответ в срок", "answered on time" },
            { "Ответ в срок, %", "answered on time, %" },
            { "Просрочено сейчас", "overdue now" },
            { "Медиана срока ответа, раб. дн.", "median answer, working days" },
            { "90-й перцентиль срока ответа, раб. дн.", "90th percentile answer, working days" },
            { "Средняя оценка", "mean rating" },
            { "Оценок", "ratings" },
            { "Повторное рассмотрение", "re-examined" } };

    private StatsCsv() {
    }

    /** 200 with the file; {@code Content-Disposition} names it after the period. */
    public static Response response(AppealStatsView view, HttpHeaders headers) {
        Locale locale = Languages.pick(headers.getAcceptableLanguages());
        String filename = "otklik-appeals-" + view.from() + "_" + view.to() + ".csv";
        return Response.ok(render(view, locale).getBytes(StandardCharsets.UTF_8))
                .type(MEDIA_TYPE + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .build();
    }

    static String render(AppealStatsView view, Locale locale) {
        boolean english = Languages.isEnglish(locale);
        char separator = english ? ',' : ';';
        int language = english ? 1 : 0;
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (String dimension : view.groupBy()) {
            header.add(HEADERS.get(dimension)[language]);
            if (NAMED.contains(dimension)) {
                header.add(HEADERS.get(dimension + "Name")[language]);
            }
        }
        for (String[] figure : FIGURES) {
            header.add(figure[language]);
        }
        line(csv, header, separator);
        for (StatsGroupView group : view.groups()) {
            List<String> cells = new ArrayList<>();
            for (GroupKeyView key : group.key()) {
                cells.add(key.value());
                if (NAMED.contains(key.dimension())) {
                    cells.add(key.label());
                }
            }
            cells.add(group.suppressed() ? (english ? "yes" : "да") : (english ? "no" : "нет"));
            cells.add(number(group.received()));
            cells.add(number(group.registered()));
            cells.add(number(group.rejected()));
            cells.add(number(group.answered()));
            cells.add(number(group.answeredOnTime()));
            cells.add(decimal(group.answeredOnTimePercent(), english));
            cells.add(number(group.overdueNow()));
            cells.add(decimal(group.medianAnswerDays(), english));
            cells.add(decimal(group.p90AnswerDays(), english));
            cells.add(decimal(group.meanRating(), english));
            cells.add(number(group.ratings()));
            cells.add(number(group.reopened()));
            line(csv, cells, separator);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(cell(cells.get(i), separator));
        }
        // RFC 4180 line ends
        csv.append("\r\n");
    }

    /**
     * Quoted when it holds a separator, a quote or a line break (RFC 4180). Text that a spreadsheet would take for a
     * formula (=, +, -, @ first) gets a leading apostrophe: organisation names are typed by people.
     */
    static String cell(String value, char separator) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(BigDecimal value, boolean english) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return english ? plain : plain.replace('.', ',');
    }
}
