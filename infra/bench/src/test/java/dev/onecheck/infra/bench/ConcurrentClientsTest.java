package dev.onecheck.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ConcurrentClientsTest {

    @Test
    void sharesTheMeasuredRequestsAmongTheClientsAfterTheirWarmUp() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        Set<Integer> clients = ConcurrentHashMap.newKeySet();

        Timings timings = ConcurrentClients.run(4, 40, (client, sequence) -> {
            sent.incrementAndGet();
            clients.add(client);
        });

        assertThat(timings.count()).isEqualTo(40);
        assertThat(sent.get()).isEqualTo(40 + 4 * 10); // warm-up: 40 / 4 = 10 each
        assertThat(clients).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRequestFailingInTheWarmUpEndsTheRunWithItsCause() {
        assertThatThrownBy(() -> ConcurrentClients.run(16, 64, (client, sequence) -> {
            if (client == 3) {
                throw new IllegalStateException("gateway down");
            }
            Thread.sleep(1);
        })).isInstanceOf(ExecutionException.class).hasRootCauseMessage("gateway down");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRequestFailingWhileMeasuredEndsTheRunWithItsCause() {
        assertThatThrownBy(() -> ConcurrentClients.run(2, 10, (client, sequence) -> {
            if (sequence == 22) { // after the warm-up of 40 / 2 = 20 requests each
                throw new IllegalStateException("timeout");
            }
        })).isInstanceOf(ExecutionException.class).hasRootCauseMessage("timeout");
    }

    @Test
    void namesTheLoad() {
        assertThat(ConcurrentClients.describe(1)).isEqualTo("1 client");
        assertThat(ConcurrentClients.describe(16)).isEqualTo("16 clients");
    }
}
