package org.smavs.server.biometrics;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ServiceUnavailableException;
import org.smavs.server.face.BgrImage;
import org.smavs.server.face.FaceAnalysis;
import org.smavs.server.face.ImageDecoder;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.face.FaceAnalysisPool;
import org.smavs.server.face.FaceEngineBusyException;
import org.smavs.server.face.UnreadableImageException;

/**
 * The model-backed analyzer: runs analyses on the bounded worker pool with a deadline, and turns engine
 * failures into domain errors: an overloaded engine is a 503 (retry later), an undecodable image a 422.
 */
public final class PooledFaceAnalyzer implements FaceAnalyzer {
    private static final long TIMEOUT_SECONDS = 20;

    private final FaceAnalysisPool pool;
    private final String modelVersion;

    public PooledFaceAnalyzer(FaceAnalysisPool pool, String modelVersion) {
        this.pool = pool;
        this.modelVersion = modelVersion;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public FaceAnalysis analyze(CheckedImage image) {
        BgrImage pixels = ImageDecoder.adopt(image.decoded());
        return await(() -> pool.analyze(pixels).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Override
    public List<FaceAnalysis> analyzeAll(List<CheckedImage> frames) {
        List<BgrImage> pixels = frames.stream().map(frame -> ImageDecoder.adopt(frame.decoded())).toList();
        return await(() -> pool.analyzeAllDecoded(pixels).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    private interface Work<T> {
        T run() throws InterruptedException, ExecutionException, TimeoutException;
    }

    private static <T> T await(Work<T> work) {
        try {
            return work.run();
        } catch (TimeoutException e) {
            throw new ServiceUnavailableException("Face verification is overloaded right now; please try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Face verification was interrupted; please try again");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof FaceEngineBusyException) {
                throw new ServiceUnavailableException("Face verification is busy; please try again in a few seconds");
            }
            if (cause instanceof UnreadableImageException) {
                throw new RuleViolationException("IMAGE_INVALID", "The photo could not be decoded");
            }
            throw new IllegalStateException("Face analysis failed", cause);
        }
    }

}
