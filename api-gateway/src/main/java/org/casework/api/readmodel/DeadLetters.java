package org.casework.api.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.casework.api.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dead letters of each read model (DeadLetterConfiguration): listed for GET /api/admin/projections, retried
 * (all, or one file's sequence: each is applied again in order; the first that fails again stays, with what is
 * behind it) and evicted (one file's sequence is given up; a replay of the read model applies it again).
 */
@Component
class DeadLetters {

    static final int SHOWN = 100;
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    ReadModelState.DeadLetterSummary summary(String readModel) {
        return processing.deadLetterQueue(readModel).map(queue -> summary(readModel, queue)).orElse(null);
    }

    DeadLetterRetry retry(String readModel, Optional<String> sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(readModel);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(readModel)
                .orElseThrow(() -> new NotFoundException("read model with dead letters", readModel));
        List<String> sequences = sequence.map(file -> List.of(sequenceOfFile(readModel, queue, file)))
                .orElseGet(() -> sequences(queue));
        int cleared = 0;
        for (String id : sequences) {
            processor.process(letter -> id.equals(sequenceOf(letter)));
            if (!queue.contains(id)) {
                cleared++;
            }
        }
        long remaining = queue.size();
        log.info("Retried {} dead-letter sequence(s) of read model {}: {} cleared, {} dead letter(s) left",
                sequences.size(), readModel, cleared, remaining);
        return new DeadLetterRetry(sequences.size(), cleared, remaining);
    }

    void evict(String readModel, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(readModel);
        int evicted = 0;
        for (DeadLetter<? extends EventMessage<?>> letter
                : queue.deadLetterSequence(sequenceOfFile(readModel, queue, sequence))) {
            queue.evict(letter);
            evicted++;
        }
        log.warn("Evicted {} dead letter(s) of sequence {} from read model {}; replay it to apply them again",
                evicted, sequence, readModel);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String readModel) {
        return processing.deadLetterQueue(readModel)
                .orElseThrow(() -> new NotFoundException("read model with dead letters", readModel));
    }

    /** The queue's key of a file's dead letters, given the file's id or the key itself. */
    private String sequenceOfFile(String readModel, SequencedDeadLetterQueue<EventMessage<?>> queue, String file) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            var letters = sequence.iterator();
            if (letters.hasNext()) {
                DeadLetter<? extends EventMessage<?>> letter = letters.next();
                if (file.equals(fileOf(readModel, letter)) || file.equals(sequenceOf(letter))) {
                    return sequenceOf(letter);
                }
            }
        }
        throw NotFoundException.withoutLag("dead letters of file", file);
    }

    private String fileOf(String readModel, DeadLetter<? extends EventMessage<?>> letter) {
        Object file = processing.sequencingPolicy(readModel).getSequenceIdentifierFor(letter.message());
        return file == null ? null : file.toString();
    }

    private ReadModelState.DeadLetterSummary summary(String readModel,
                                                     SequencedDeadLetterQueue<EventMessage<?>> queue) {
        long letters = queue.size();
        if (letters == 0) {
            return new ReadModelState.DeadLetterSummary(0, 0, List.of());
        }
        List<DeadLetterView> shown = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (shown.size() == SHOWN) {
                    break;
                }
                shown.add(view(fileOf(readModel, letter), letter));
            }
        }
        return new ReadModelState.DeadLetterSummary(letters, queue.amountOfSequences(), List.copyOf(shown));
    }

    private static List<String> sequences(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<String> ids = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            var letters = sequence.iterator();
            if (letters.hasNext()) {
                ids.add(sequenceOf(letters.next()));
            }
        }
        return ids;
    }

    /** The file's id the letter is queued under (Axon 4.13 has no accessor on the DeadLetter interface). */
    static String sequenceOf(DeadLetter<?> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        if (letter instanceof GenericDeadLetter<?> generic) {
            return String.valueOf(generic.getSequenceIdentifier());
        }
        return null;
    }

    private static DeadLetterView view(String file, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long globalIndex = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent()
                ? tracked.trackingToken().position().getAsLong() : null;
        Optional<? extends Cause> cause = letter.cause();
        return new DeadLetterView(file, sequenceOf(letter), event.getPayloadType().getSimpleName(),
                event.getIdentifier(), globalIndex, letter.enqueuedAt(), letter.lastTouched(),
                cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null));
    }
}
