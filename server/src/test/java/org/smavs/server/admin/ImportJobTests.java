package org.smavs.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.admin.ImportJob;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * CSV imports as background jobs: the request answers at once, the job reports progress and ends with the same
 * report as a direct import. (A 100-line import used to hold one request for ≈ 10 s: it hashed a random password
 * per student; students without a password now have none until a reset or an admin gives them one.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportJobTests {
    private TestServer server;
    private ApiClient admin;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void start() {
        server = TestServer.start(kind());
        admin = server.admin();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aLargeImportRunsInTheBackgroundReportsProgressAndEndsWithTheReport() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        StringBuilder csv = new StringBuilder("email,full_name,student_number,course_code\n");
        for (int i = 0; i < 120; i++) {
            csv.append("job").append(tag).append('-').append(i).append("@uni.test,Student ").append(i).append(",J")
                    .append(tag).append('-').append(i).append(",CS101\n");
        }
        csv.append("not-an-email,Broken Line,,\n");
        csv.append("student@smavs.com,Already There,,\n");

        ImportJob started = admin.admin().startImport(csv.toString());
        assertThat(started.totalLines()).isEqualTo(122);
        List<Integer> progress = new ArrayList<>();
        ImportJob job = started;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!job.finished() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = admin.admin().importJob(started.id());
            progress.add(job.processedLines());
        }
        assertThat(job.status()).isEqualTo(ImportJob.DONE);
        assertThat(progress).isSorted();
        assertThat(job.processedLines()).isEqualTo(122);
        assertThat(job.finishedAt()).isNotNull();
        assertThat(job.result().created()).isEqualTo(120);
        assertThat(job.result().enrolled()).isEqualTo(120);
        assertThat(job.result().skipped()).isEqualTo(2);
        assertThat(job.result().errors()).extracting("line").containsExactly(122, 123);

        // an imported student has no password until one is given: signing in with any password is a plain 401
        assertThatThrownBy(() -> server.signIn("job" + tag + "-0@uni.test", "a-guess-at-a-password"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(admin.admin().audit()).extracting(org.smavs.model.admin.AuditEvent::action)
                .contains("user.import_started");
    }

    @Test
    void aBrokenFileIsRefusedAtOnceAndJobsAreForAdminsOnly() {
        assertThatThrownBy(() -> admin.admin().startImport("just,some,words\n"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> admin.admin().importJob(987_654))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        ImportJob job = admin.admin().startImport("email,full_name\nsolo" + System.nanoTime() + "@uni.test,Solo\n");
        assertThatThrownBy(() -> server.lecturer().admin().importJob(job.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
