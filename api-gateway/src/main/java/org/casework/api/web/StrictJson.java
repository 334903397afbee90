package org.casework.api.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.casework.command.rules.InvalidValue;
import org.casework.command.rules.Text;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.time.LocalDate;

/**
 * The one home of what a request body may be, for the REST layer's ObjectMapper only (stored events are read by
 * AxonJson, untouched): no duplicate keys, no unknown fields, nothing after the value, no enum by number, no scalar
 * coercion ("45" is no number, 1 and "true" no boolean, a number no text, "" no value), dates as
 * {@code yyyy-MM-dd} only ({@link IsoDates}), and every text storable ({@link Text#requireStorable}).
 */
@Configuration
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deserializerByType(String.class, new StorableText())
                .deserializerByType(LocalDate.class, new IsoDate())
                .postConfigurer(mapper -> mapper.coercionConfigDefaults()
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false));
    }

    /** A JSON string, and only a string, that {@link Text#requireStorable} accepts; refused with 422. */
    static final class StorableText extends StdScalarDeserializer<String> {

        StorableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            try {
                Text.requireStorable(text);
            } catch (InvalidValue invalid) {
                throw new RefusedValue(parser, HttpStatus.UNPROCESSABLE_ENTITY, invalid.rule(), invalid.getMessage());
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A JSON string {@code yyyy-MM-dd} ({@link IsoDates}); anything else refused with 400. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            try {
                return IsoDates.parse(parser.getText());
            } catch (InvalidValue invalid) {
                throw new RefusedValue(parser, HttpStatus.BAD_REQUEST, invalid.rule(), invalid.getMessage());
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
