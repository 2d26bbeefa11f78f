package org.smavs.desktop.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML with the view object itself as controller, so views get their ViewModel by constructor. */
public final class Fxml {
    private Fxml() {
    }

    /** Loads {@code <ViewClass>.fxml} from the view's package. */
    public static Parent load(Object view) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL resource = view.getClass().getResource(name);
        if (resource == null) {
            throw new IllegalStateException("Missing FXML " + name + " next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(resource);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
    }
}
