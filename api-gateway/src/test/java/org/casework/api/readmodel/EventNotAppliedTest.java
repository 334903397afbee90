package org.casework.api.readmodel;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the database quotes of a refused value never reaches a dead letter's cause or a log line. */
class EventNotAppliedTest {

    @Test
    void theDatabasesQuotedValuesAreMasked() {
        SQLException refused = new SQLException(
                "ERROR: date/time field value out of range: \"1977-13-07\"\n  Detail: Key (last_name)=(Tichá)", "22008");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 <unknown> was aborted", "22008",
                0, new int[0], refused);
        batch.setNextException(refused);
        EventNotApplied failure = EventNotApplied.of(new RuntimeException("could not execute batch", batch));

        assertThat(failure.getMessage()).startsWith("SQLException 22008: ERROR: date/time field value out of range: …")
                .doesNotContain("1977", "Tichá");
        assertThat(failure.causeType()).isEqualTo(RuntimeException.class.getName());
        assertThat(failure.getCause()).isNull();
        assertThat(failure.getStackTrace()).isNotEmpty();
    }

    @Test
    void otherFailuresKeepTheirTypeAndUnquotedText() {
        EventNotApplied failure = EventNotApplied.of(new IllegalStateException("no client file for 42 named 'Jana'"));
        assertThat(failure.getMessage()).isEqualTo("IllegalStateException: no client file for 42 named …");
        assertThat(EventNotApplied.of(failure)).isSameAs(failure);
    }
}
