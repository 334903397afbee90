package org.casework.api.readmodel;

import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventProcessingException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorsFailTheBatchTest {

    private final ErrorsFailTheBatch handler = new ErrorsFailTheBatch();

    @Test
    void anExceptionFailsTheBatchAsItIs() {
        IllegalStateException failure = new IllegalStateException("row refused");
        assertThatThrownBy(() -> handler.handleError(context(failure))).isSameAs(failure);
    }

    @Test
    void anErrorFailsTheBatchAsAnExceptionSoTheWorkPackageTriesAgain() {
        // what pgjdbc's assert throws when the connection broke under a batch insert
        AssertionError error = new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        assertThatThrownBy(() -> handler.handleError(context(error)))
                .isInstanceOf(EventProcessingException.class)
                .hasMessageContaining("client-files").hasMessageContaining("java.lang.AssertionError")
                .cause().isInstanceOf(EventNotApplied.class)
                .satisfies(cause -> assertThat(cause.getStackTrace()).isEqualTo(error.getStackTrace()));
    }

    @Test
    void theErrorsValuesStayOutOfTheException() {
        Error error = new LinkageError("refused", new SQLException("value \"Jaroslava\" too long", "22001"));
        assertThatThrownBy(() -> handler.handleError(context(error)))
                .satisfies(thrown -> assertThat(thrown.getMessage() + thrown.getCause().getMessage())
                        .doesNotContain("Jaroslava"));
    }

    @Test
    void theMachineRunningOutOfMemoryStaysFatal() {
        OutOfMemoryError fatal = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> handler.handleError(context(fatal))).isSameAs(fatal);
    }

    private static ErrorContext context(Throwable failure) {
        return new ErrorContext("client-files", failure, List.of());
    }
}
