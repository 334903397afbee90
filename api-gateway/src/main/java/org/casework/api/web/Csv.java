package org.casework.api.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV answers (RFC 4180, a header line, UTF-8) written by Jackson from flat records, one column per component.
 * A text that a spreadsheet would run as a formula is written with a leading apostrophe.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(String.class, new FormulaSafeText()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // columns in the order of the record's components
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // quote only what needs quoting, also in long texts
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private Csv() {
    }

    public static <T> ResponseEntity<String> of(List<T> rows, Class<T> rowType, String fileName) {
        try {
            String body = MAPPER.writer(MAPPER.schemaFor(rowType).withHeader()).writeValueAsString(rows);
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(fileName).build().toString())
                    .body(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class FormulaSafeText extends StdSerializer<String> {

        FormulaSafeText() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator out, SerializerProvider provider) throws IOException {
            boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
            out.writeString(formula ? "'" + value : value);
        }
    }
}
