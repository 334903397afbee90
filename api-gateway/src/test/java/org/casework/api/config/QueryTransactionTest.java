package org.casework.api.config;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every query runs in a read-only, repeatable-read transaction: one snapshot for all of a handler's statements, and
 * nothing a query handler does can write.
 */
class QueryTransactionTest extends ApiTest {

    @Autowired
    QueryBus queryBus;
    @Autowired
    JdbcTemplate sql;

    @Test
    void aQueryReadsInOneReadOnlyRepeatableReadTransaction() throws Exception {
        queryBus.subscribe("transaction-probe", Map.class, message -> sql.queryForMap(
                "select current_setting('transaction_read_only') as read_only,"
                        + " current_setting('transaction_isolation') as isolation"));
        Map<?, ?> seen = queryBus.query(new GenericQueryMessage<>("probe", "transaction-probe",
                ResponseTypes.instanceOf(Map.class))).get().getPayload();

        assertThat(seen.get("read_only")).isEqualTo("on");
        assertThat(seen.get("isolation")).isEqualTo("repeatable read");
    }

    @Test
    void aQueryHandlerCannotWrite() {
        queryBus.subscribe("write-probe", Integer.class, message -> sql.update(
                "insert into installation_secret (name, secret) values ('query-wrote-this', 'x')"));

        assertThatThrownBy(() -> queryBus.query(new GenericQueryMessage<>("probe", "write-probe",
                ResponseTypes.instanceOf(Integer.class))).get().getPayload())
                .hasStackTraceContaining("read-only transaction");
        assertThat(sql.queryForList("select name from installation_secret where name = 'query-wrote-this'"))
                .isEqualTo(List.of());
    }
}
