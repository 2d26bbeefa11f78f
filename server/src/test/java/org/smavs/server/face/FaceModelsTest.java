package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceModelsTest {

    @Test
    void referenceModelsReportThePackageVersion() {
        FaceModels models = FaceModels.locate(RealModels.directory());

        assertThat(models.version()).isEqualTo(FaceModels.REFERENCE_VERSION);
        assertThat(models.file(FaceModel.FEATURE)).hasFileName("fr_feature.onnx");
    }

    @Test
    void missingDirectoryIsNamedInTheError(@TempDir Path temp) {
        Path absent = temp.resolve("nowhere");

        assertThatThrownBy(() -> FaceModels.locate(absent))
                .isInstanceOf(FaceModelsUnavailableException.class)
                .hasMessageContaining(absent.toString())
                .hasMessageContaining("fetch-models.sh");
    }

    @Test
    void missingFileIsNamedInTheError(@TempDir Path temp) throws IOException {
        copyModels(temp);
        Files.delete(temp.resolve("fr_pose.onnx"));

        assertThatThrownBy(() -> FaceModels.locate(temp))
                .isInstanceOf(FaceModelsUnavailableException.class)
                .hasMessageContaining("fr_pose.onnx")
                .hasMessageContaining(temp.toString());
    }

    @Test
    void operatorSuppliedModelGetsACustomVersion(@TempDir Path temp) throws IOException {
        copyModels(temp);
        Files.write(temp.resolve("fr_eye.onnx"), new byte[] {1, 2, 3});

        assertThat(FaceModels.locate(temp).version()).startsWith("custom-").hasSize("custom-".length() + 16);
    }

    private static void copyModels(Path target) throws IOException {
        for (FaceModel model : FaceModel.values()) {
            Files.copy(RealModels.directory().resolve(model.fileName()), target.resolve(model.fileName()));
        }
    }
}
