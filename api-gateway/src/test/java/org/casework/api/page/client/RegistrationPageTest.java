package org.casework.api.page.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.casework.api.page.ApiAnswer;
import org.casework.api.page.ApiBridge;
import org.casework.api.page.Refusals;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Registration's answer to files of the same name and birth date (the shared test service allows them, so no page
 * test can provoke it): the candidates are listed, and the confirmation goes to the API as {@code true}.
 */
class RegistrationPageTest {

    private final ApiBridge api = mock(ApiBridge.class);
    private final RegistrationPage page = new RegistrationPage(api, new StaticMessageSource());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void possibleDuplicatesAreListedAtTheConfirmation() throws Exception {
        UUID candidate = UUID.randomUUID();
        when(api.post(eq("/api/clients"), org.mockito.ArgumentMatchers.any())).thenReturn(new ApiAnswer(409,
                new HttpHeaders(), json.readTree("""
                        {"type": "https://casework.example/problems/conflict", "status": 409,
                         "errors": [{"field": "confirmedDistinct", "rule": "possible-duplicate",
                                     "message": "1 file(s) with the same name and birth date exist"}],
                         "candidates": ["%s"], "hiddenCandidates": 1}""".formatted(candidate))));
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = page.register(Map.of("firstName", "Jana", "lastName", "Nová", "birthDate", "1985-01-01"),
                model, response);

        assertThat(view).isEqualTo("client/register");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.get("candidates")).isEqualTo(List.of(candidate.toString()));
        assertThat(model.get("hiddenCandidates")).isEqualTo(1);
        Refusals refusals = ((Attempt) model.get("attempt")).refusals(RegistrationPage.FORM);
        assertThat(refusals.of("confirmedDistinct")).containsExactly(
                "1 file(s) with the same name and birth date exist");
        assertThat(((Attempt) model.get("attempt")).values(RegistrationPage.FORM)).containsEntry("lastName", "Nová");
    }

    @Test
    void theConfirmationIsSentAsTrueAndTheNewFileIsShown() throws Exception {
        UUID created = UUID.randomUUID();
        when(api.post(eq("/api/clients"), org.mockito.ArgumentMatchers.any())).thenReturn(new ApiAnswer(201,
                new HttpHeaders(), json.readTree("{\"id\": \"" + created + "\"}")));

        String view = page.register(Map.of("firstName", "Jana", "lastName", "Nová", "birthDate", "1985-01-01",
                "confirmedDistinct", "true"), new ExtendedModelMap(), new MockHttpServletResponse());

        assertThat(view).isEqualTo("redirect:/clients/" + created);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(api).post(eq("/api/clients"), body.capture());
        assertThat(body.getValue()).containsEntry("confirmedDistinct", Boolean.TRUE)
                .containsEntry("lastName", "Nová").doesNotContainKey("birthNumber");
    }
}
