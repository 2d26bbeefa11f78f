package org.smavs.server.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** 20 concurrent binds of new phones for a student with a bound phone leave exactly one pending reset request. */
class ConcurrentResetRequestsIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentBindsLeaveOnePendingRequest(TestDatabase.Kind kind) throws Exception {
        try (TestServer server = TestServer.start(kind)) {
            ApiClient student = server.newStudent("Many Phones");
            long studentId = student.auth().me().id();
            student.student().bindDevice(new BindDeviceRequest("first-phone"));
            ExecutorService pool = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String phone = "new-phone-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        student.student().bindDevice(new BindDeviceRequest(phone));
                        return 200;
                    } catch (ApiException e) {
                        return e.status();
                    }
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(409);
            }
            pool.shutdown();
            List<ResetRequest> pending = server.admin().admin().resetRequests().stream()
                    .filter(r -> r.userId() == studentId).toList();
            assertThat(pending).hasSize(1);
        }
    }
}
