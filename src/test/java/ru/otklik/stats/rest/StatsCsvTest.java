package ru.otklik.stats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.otklik.shared.problem.Languages;
import ru.otklik.stats.dto.AppealStatsView;
import ru.otklik.stats.dto.GroupKeyView;
import ru.otklik.stats.dto.StatsAccess;
import ru.otklik.stats.dto.StatsGroupView;

class StatsCsvTest {

    @Test
    void cellsWithTheSeparatorQuotesOrLineBreaksAreQuoted() {
        assertEquals("\"ООО «Рога; копыта»\"", StatsCsv.cell("ООО «Рога; копыта»", ';'));
        assertEquals("ООО «Рога, копыта»", StatsCsv.cell("ООО «Рога, копыта»", ';'));
        assertEquals("\"Школа \"\"Радуга\"\"\"", StatsCsv.cell("Школа \"Радуга\"", ';'));
        assertEquals("\"две\nстроки\"", StatsCsv.cell("две\nстроки", ','));
        assertEquals("", StatsCsv.cell(null, ';'));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=1+2", StatsCsv.cell("=1+2", ';'));
        assertEquals("'+7", StatsCsv.cell("+7", ';'));
        assertEquals("'@SUM(A1)", StatsCsv.cell("@SUM(A1)", ';'));
    }

    @Test
    void aTotalWithoutGroupingIsOneRowAfterTheHeader() {
        AppealStatsView view = new AppealStatsView(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), List.of(),
                StatsAccess.EVERYTHING, 0, List.of(new StatsGroupView(List.<GroupKeyView>of(), false, 1200L, 1100L, 100L,
                        1000L, 900L, new BigDecimal("87.4"), 30L, new BigDecimal("3.5"), new BigDecimal("9.0"),
                        new BigDecimal("4.25"), 500L, 12L)));
        String csv = StatsCsv.render(view, Languages.RUSSIAN);
        assertTrue(csv.startsWith("\uFEFFСкрыто (малая группа);Поступило;"), csv);
        assertEquals("нет;1200;1100;100;1000;900;87,4;30;3,5;9,0;4,25;500;12", csv.split("\r\n")[1]);
    }
}
