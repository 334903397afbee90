package org.casework.api.web;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;

/**
 * XLSX answers: one sheet, a bold header row with the names of the record's components, then one row per record in
 * the columns of the CSV answer. Numbers stay numbers and days are dates, so a spreadsheet sorts and sums them;
 * every other value is text (cells hold values only, never formulas).
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DAY_FORMAT = "yyyy-mm-dd";

    private Xlsx() {
    }

    public static <T extends Record> ResponseEntity<byte[]> of(List<T> rows, Class<T> rowType, String sheetName,
                                                              String fileName) {
        RecordComponent[] columns = rowType.getRecordComponents();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "casework", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, columns[c].getName());
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.length; c++) {
                    cell(sheet, r + 1, c, read(columns[c], rows.get(r)));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toByteArray());
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof Boolean flag) {
            sheet.value(row, column, flag);
        } else if (value instanceof LocalDate day) {
            sheet.value(row, column, day);
            sheet.style(row, column).format(DAY_FORMAT).set();
        } else {
            sheet.value(row, column, value.toString());
        }
    }

    private static Object read(RecordComponent column, Object row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of " + row, e);
        }
    }
}
