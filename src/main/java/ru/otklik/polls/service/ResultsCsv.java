package ru.otklik.polls.service;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ru.otklik.polls.dto.PollResultsView;
import ru.otklik.polls.dto.PollResultsView.OptionResult;
import ru.otklik.polls.dto.PollResultsView.QuestionResult;
import ru.otklik.polls.dto.PollResultsView.ValueResult;

/**
 * Results as CSV (RFC 4180: commas, CRLF, quotes doubled) in UTF-8 with a byte order mark, so that spreadsheet
 * programs read Cyrillic right. One row per option, scale value or free-text answer, after a row of the participants
 * (question 0). Cells that a spreadsheet would take for a formula (=, +, -, @ first) get a leading apostrophe: the
 * free-text answers come from anyone.
 */
final class ResultsCsv {

    static final String HEADER = "question_id,question,kind,respondents,answer_id,answer,count,share_percent,mean,median";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private ResultsCsv() {
    }

    static byte[] write(PollResultsView results) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(0, "participants", null, results.participants(), null, null, null, null, null, null));
        for (QuestionResult q : results.questions()) {
            switch (q.kind()) {
                case SINGLE, MULTIPLE -> {
                    for (OptionResult o : q.options()) {
                        rows.add(row(q.id(), q.text(), q.kind(), q.respondents(), o.id(), o.text(), o.count(), o.share(), null, null));
                    }
                }
                case SCALE -> {
                    for (ValueResult v : q.distribution()) {
                        rows.add(row(q.id(), q.text(), q.kind(), q.respondents(), null, v.value(), v.count(), v.share(),
                                q.mean(), q.median()));
                    }
                }
                case TEXT -> q.answers().forEach(answer -> rows.add(row(q.id(), q.text(), q.kind(), q.respondents(), null,
                        answer, null, null, null, null)));
            }
        }
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(cell(row.get(i)));
            }
            csv.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
