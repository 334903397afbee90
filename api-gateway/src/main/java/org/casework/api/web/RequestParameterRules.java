package org.casework.api.web;

import org.casework.command.rules.Text;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

/**
 * Every text and date bound from a request's parameters, path or headers obeys the body's rules: storable text
 * ({@link Text#requireStorable}; raw query parameters are checked by {@link StorableParameters} too) and
 * {@code yyyy-MM-dd} days ({@link IsoDates}). A breach answers 400 naming the parameter and the rule
 * (ProblemHandler#handleTypeMismatch).
 */
@ControllerAdvice
class RequestParameterRules {

    @InitBinder
    void register(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                Text.requireStorable(text);
                setValue(text);
            }
        });
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isEmpty() ? null : IsoDates.parse(text));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }
}
