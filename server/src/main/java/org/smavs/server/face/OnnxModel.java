package org.smavs.server.face;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded ONNX model with a single float input named {@code input}. Thread-safe: ONNX Runtime allows
 * concurrent {@code run} calls on one session, so the pipeline loads each model once and shares it.
 *
 * <p>Each session computes on the calling thread only (one intra-op thread, spinning disabled):
 * parallelism comes from running several requests at once, which on small models is far more efficient
 * than splitting one request, and spinning threads would steal the cores the other requests need.
 *
 * <p>Each thread gets one reusable input tensor per model in native memory ({@link #inputBuffer()}): ONNX
 * Runtime reads a direct buffer in place, whereas a heap array costs a fresh native allocation and a copy
 * on every call. The few worker threads keep theirs for their lifetime (at most ~1 MB per model).
 */
public final class OnnxModel implements AutoCloseable {
    private static final String INPUT_NAME = "input";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String name;
    private final long[] inputShape;
    private final ThreadLocal<FloatBuffer> inputs;

    private OnnxModel(OrtEnvironment env, OrtSession session, String name, long[] inputShape) {
        this.env = env;
        this.session = session;
        this.name = name;
        this.inputShape = inputShape;
        int length = Math.toIntExact(java.util.Arrays.stream(inputShape).reduce(1, (a, b) -> a * b));
        this.inputs = ThreadLocal.withInitial(() ->
                ByteBuffer.allocateDirect(length * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer());
    }

    public static OnnxModel load(FaceModels models, FaceModel model) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(model.optimization());
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            // Tiny (denormal) values in some weights make x86 float maths many times slower; flush them to zero.
            options.addConfigEntry("session.set_denormal_as_zero", "1");
            OrtSession session = env.createSession(models.file(model).toString(), options);
            long[] shape = Optional.ofNullable(session.getInputInfo().get(INPUT_NAME))
                    .map(info -> ((ai.onnxruntime.TensorInfo) info.getInfo()).getShape())
                    .orElseThrow(() -> new FaceModelsUnavailableException("Face model " + models.file(model)
                            + " has no input named '" + INPUT_NAME + "'"));
            return new OnnxModel(env, session, model.fileName(), shape);
        } catch (OrtException e) {
            throw new FaceModelsUnavailableException("Cannot load face model " + models.file(model), e);
        }
    }

    /** The model's declared input shape, e.g. [1, 3, 112, 112]. */
    public long[] inputShape() {
        return inputShape.clone();
    }

    /**
     * This thread's input tensor for this model, to fill with absolute puts and pass to {@link #run(FloatBuffer)}.
     * It still holds the previous call's values, so every element must be written.
     */
    FloatBuffer inputBuffer() {
        return inputs.get();
    }

    /** Runs the model on one NCHW float tensor and returns every output, flattened, by output name. */
    public Map<String, float[]> run(float[] input) {
        FloatBuffer buffer = inputBuffer();
        buffer.put(0, input);
        return run(buffer);
    }

    /** Runs the model on a buffer from {@link #inputBuffer()}. */
    Map<String, float[]> run(FloatBuffer input) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, inputShape);
             OrtSession.Result result = session.run(Map.of(INPUT_NAME, tensor))) {
            Map<String, float[]> outputs = new HashMap<>();
            for (Map.Entry<String, ai.onnxruntime.OnnxValue> entry : result) {
                FloatBuffer buffer = ((OnnxTensor) entry.getValue()).getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                outputs.put(entry.getKey(), values);
            }
            return outputs;
        } catch (OrtException e) {
            throw new IllegalStateException("Face model " + name + " failed to run", e);
        }
    }

    /** Runs the model and returns its single (or first) output named {@code output}. */
    public float[] runSingle(float[] input) {
        return run(input).get("output");
    }

    float[] runSingle(FloatBuffer input) {
        return run(input).get("output");
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot close face model " + name, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
