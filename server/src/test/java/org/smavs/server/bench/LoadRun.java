package org.smavs.server.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Sends requests from a fixed number of concurrent clients and records each answer's status and latency.
 * Either a fixed list of requests (each sent once, e.g. one check-in per student) or as many as fit in a time
 * window (read ceilings).
 */
final class LoadRun {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** What one run measured. */
    record Result(int requests, double seconds, double[] latenciesMs, Map<Integer, Integer> statuses) {
        double perSecond() {
            return requests / seconds;
        }

        int errors(int expected) {
            return statuses.entrySet().stream().filter(e -> e.getKey() != expected).mapToInt(Map.Entry::getValue).sum();
        }

        double percentile(double p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            double[] sorted = latenciesMs.clone();
            java.util.Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    /** Sees each answer (index of the request, response); called from the client threads. */
    interface Observer {
        Observer NONE = (index, response) -> { };

        void answered(int index, HttpResponse<String> response);
    }

    /** Sends every request once, {@code clients} at a time. */
    Result each(List<HttpRequest> requests, int clients) throws InterruptedException {
        return each(requests, clients, Observer.NONE);
    }

    /** Sends every request once, {@code clients} at a time, showing each answer to {@code observer}. */
    Result each(List<HttpRequest> requests, int clients, Observer observer) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        return run(clients, i -> i < requests.size() ? requests.get(i) : null, next, Long.MAX_VALUE, observer);
    }

    /** Sends requests from {@code source} for {@code seconds}, {@code clients} at a time. */
    Result during(double seconds, int clients, IntFunction<HttpRequest> source) throws InterruptedException {
        return run(clients, source, new AtomicInteger(), System.nanoTime() + (long) (seconds * 1e9), Observer.NONE);
    }

    private Result run(int clients, IntFunction<HttpRequest> source, AtomicInteger next, long deadline,
                       Observer observer) throws InterruptedException {
        List<double[]> latencies = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                List<Double> mine = new ArrayList<>();
                Map<Integer, Integer> myStatuses = new TreeMap<>();
                while (System.nanoTime() < deadline) {
                    int index = next.getAndIncrement();
                    HttpRequest request = source.apply(index);
                    if (request == null) {
                        break;
                    }
                    long sent = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        observer.answered(index, response);
                    } catch (java.io.IOException e) {
                        status = -1; // connection refused or dropped: an error like any other
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    mine.add((System.nanoTime() - sent) / 1e6);
                    myStatuses.merge(status, 1, Integer::sum);
                }
                synchronized (latencies) {
                    latencies.add(mine.stream().mapToDouble(Double::doubleValue).toArray());
                    myStatuses.forEach((status, count) -> statuses.merge(status, count, Integer::sum));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] all = latencies.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        return new Result(all.length, seconds, all, statuses);
    }
}
