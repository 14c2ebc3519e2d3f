package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.relance.RelanceException;

class OrderedWorkTest {

    @Test
    void resultsArriveInListOrder() {
        List<Integer> items = IntStream.rangeClosed(1, 20).boxed().toList();
        List<Integer> consumed = new ArrayList<>();

        // Later items finish first: item 1 sleeps longest.
        OrderedWork.run(items, 4, item -> {
            sleep(21 - item);
            return item * 10;
        }, consumed::add);

        assertThat(consumed).containsExactly(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130,
                140, 150, 160, 170, 180, 190, 200);
    }

    @Test
    void consumerRunsOnTheCallingThread() {
        Set<Thread> consumers = ConcurrentHashMap.newKeySet();

        OrderedWork.run(List.of(1, 2, 3, 4, 5, 6), 3, item -> item,
                item -> consumers.add(Thread.currentThread()));

        assertThat(consumers).containsExactly(Thread.currentThread());
    }

    @Test
    void itemsRunConcurrently() {
        // Each of the first two items waits for the other: only two threads at once get past.
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Boolean> metTheOther = new ArrayList<>();

        OrderedWork.run(List.of(1, 2), 2, item -> {
            bothStarted.countDown();
            return await(bothStarted);
        }, metTheOther::add);

        assertThat(metTheOther).containsExactly(true, true);
    }

    @Test
    void oneThreadRunsEverythingOnTheCaller() {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();

        OrderedWork.run(List.of(1, 2, 3), 1, item -> workers.add(Thread.currentThread()), ok -> { });

        assertThat(workers).containsExactly(Thread.currentThread());
    }

    @Test
    void failureStopsAfterTheItemsBeforeIt() {
        List<Integer> consumed = new ArrayList<>();

        assertThatThrownBy(() -> OrderedWork.run(List.of(1, 2, 3, 4, 5), 2, item -> {
            if (item == 3) {
                throw new RelanceException("letter 3 failed");
            }
            return item;
        }, consumed::add))
                .isInstanceOf(RelanceException.class)
                .hasMessage("letter 3 failed");
        assertThat(consumed).containsExactly(1, 2);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
