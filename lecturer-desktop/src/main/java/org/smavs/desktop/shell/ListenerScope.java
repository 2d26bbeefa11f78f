package org.smavs.desktop.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * Every listener a view adds to a longer-lived object (its ViewModel, a shared list) goes through here,
 * so {@link #close()} removes them all when the screen goes away and nothing keeps a dead view alive.
 */
public final class ListenerScope {
    private final List<Subscription> subscriptions = new ArrayList<>();

    /** Calls {@code consumer} now and on every change of {@code value}. */
    public <T> void watch(ObservableValue<T> value, Consumer<? super T> consumer) {
        subscriptions.add(value.subscribe(consumer));
    }

    /** Calls {@code onChange} now and whenever {@code list} changes. */
    public <E> void watch(ObservableList<E> list, Runnable onChange) {
        ListChangeListener<E> listener = change -> onChange.run();
        list.addListener(listener);
        subscriptions.add(() -> list.removeListener(listener));
        onChange.run();
    }

    public void add(Subscription subscription) {
        subscriptions.add(subscription);
    }

    public void close() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }
}
