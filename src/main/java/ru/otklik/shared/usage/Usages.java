package ru.otklik.shared.usage;

import java.util.function.Function;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Asks every feature that may refer to a record whether it does, one after the other in the caller's session. */
public final class Usages {

    private Usages() {
    }

    public static <T> Uni<Boolean> any(Iterable<T> features, Function<? super T, Uni<Boolean>> uses) {
        return Multi.createFrom().iterable(features)
                .onItem().transformToUniAndConcatenate(uses::apply)
                .collect().asList()
                .map(answers -> answers.contains(Boolean.TRUE));
    }
}
