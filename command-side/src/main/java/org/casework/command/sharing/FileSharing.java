package org.casework.command.sharing;

import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.Text;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.rules.Violations;
import org.casework.domain.sharing.ConsentScope;
import org.casework.domain.sharing.ConsentTerms;
import org.casework.domain.sharing.FileShared;
import org.casework.domain.sharing.ResponsibleWorkerChanged;
import org.casework.domain.sharing.SharingConsentGiven;
import org.casework.domain.sharing.SharingConsentRevoked;
import org.casework.domain.sharing.SharingStopped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may work on a client's file besides its responsible worker: the client's consents to sharing and the shares
 * resting on them. A share works only while its consent is in force ({@link ConsentTerms}); no event is needed
 * for it to stop. Each method checks a command and answers the event to apply; the {@code on} methods set state.
 */
public final class FileSharing {

    static final int MAX_WORKER = 100;
    static final int MAX_NAMED_WORKERS = 50;

    private String responsibleWorker;
    private final Map<UUID, Consent> consents = new HashMap<>();
    private final Map<String, UUID> shares = new HashMap<>();

    private record Consent(LocalDate givenOn, LocalDate validUntil, LocalDate revokedOn, ConsentScope scope,
                           List<String> workers) {

        boolean covers(String worker, LocalDate day) {
            return ConsentTerms.inForce(day, givenOn, validUntil, revokedOn)
                    && (scope == ConsentScope.ANY_WORKER || workers.contains(worker));
        }
    }

    /** The worker a file is given to, checked: required, at most {@value #MAX_WORKER} characters. */
    public static String checkedWorker(String worker, String field, Violations violations) {
        String cleaned = Text.clean(worker);
        violations.require(cleaned != null, field, "required", "must name a worker");
        violations.require(cleaned == null || cleaned.length() <= MAX_WORKER, field, "max-length",
                "must not be longer than " + MAX_WORKER + " characters");
        return cleaned;
    }

    /** Empty when the worker already is the responsible one. */
    public Optional<ResponsibleWorkerChanged> responsibleWorkerChanged(UUID clientId, String worker,
                                                                       LocalDate today) {
        Violations violations = new Violations();
        String checked = checkedWorker(worker, "worker", violations);
        violations.throwIfAny();
        return checked.equals(responsibleWorker) ? Optional.empty()
                : Optional.of(new ResponsibleWorkerChanged(clientId, checked, today));
    }

    public SharingConsentGiven consentGiven(RecordSharingConsent command, LocalDate today) {
        Violations violations = new Violations();
        violations.require(command.givenOn() != null, "givenOn", "required", "must say when the consent was given");
        BusinessDates.notInFuture(violations, "givenOn", command.givenOn(), today);
        BusinessDates.notBefore(violations, "validUntil", command.validUntil(), command.givenOn(),
                "not-before-given-on", "the day the consent was given");
        violations.require(command.scope() != null, "scope", "required",
                "must be ANY_WORKER or NAMED_WORKERS");
        List<String> workers = new ArrayList<>(new LinkedHashSet<>(named(command.workers(), violations)));
        if (command.scope() == ConsentScope.NAMED_WORKERS) {
            violations.require(!workers.isEmpty(), "workers", "required",
                    "must name the workers the client agreed to share with");
        } else if (command.scope() == ConsentScope.ANY_WORKER) {
            violations.require(workers.isEmpty(), "workers", "only-with-named-workers",
                    "must be left out when the consent covers any worker");
        }
        violations.require(workers.size() <= MAX_NAMED_WORKERS, "workers", "max-size",
                "must not name more than " + MAX_NAMED_WORKERS + " workers");
        violations.throwIfAny();
        return new SharingConsentGiven(command.clientId(), command.consentId(), command.givenOn(),
                command.validUntil(), command.scope(), workers);
    }

    private static List<String> named(List<String> workers, Violations violations) {
        List<String> named = new ArrayList<>();
        if (workers == null) {
            return named;
        }
        for (int i = 0; i < workers.size(); i++) {
            named.add(checkedWorker(workers.get(i), "workers[" + i + "]", violations));
        }
        return named;
    }

    public SharingConsentRevoked consentRevoked(UUID clientId, RevokeSharingConsent command, LocalDate today) {
        Consent consent = consents.get(command.consentId());
        if (consent == null) {
            throw new UnknownRecordException("The file has no sharing consent " + command.consentId() + ".");
        }
        if (consent.revokedOn() != null) {
            throw RuleViolationException.of("consentId", "already-revoked",
                    "the consent was already revoked on " + consent.revokedOn());
        }
        Violations violations = new Violations();
        violations.require(command.revokedOn() != null, "revokedOn", "required", "must say when it was revoked");
        BusinessDates.notInFuture(violations, "revokedOn", command.revokedOn(), today);
        BusinessDates.notBefore(violations, "revokedOn", command.revokedOn(), consent.givenOn(),
                "not-before-given-on", "the day the consent was given (" + consent.givenOn() + ")");
        violations.throwIfAny();
        return new SharingConsentRevoked(clientId, command.consentId(), command.revokedOn());
    }

    /**
     * A share needs a consent in force today that covers the worker; empty when the file is already shared with
     * the worker on that consent.
     */
    public Optional<FileShared> shared(UUID clientId, String worker, LocalDate today) {
        Violations violations = new Violations();
        String checked = checkedWorker(worker, "worker", violations);
        violations.throwIfAny();
        if (checked.equals(responsibleWorker)) {
            throw RuleViolationException.of("worker", "already-responsible",
                    checked + " is the file's responsible worker and needs no share");
        }
        UUID consentId = consents.entrySet().stream()
                .filter(c -> c.getValue().covers(checked, today))
                .max((a, b) -> compareLastDay(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> RuleViolationException.of("worker", "no-consent-in-force",
                        "the client has no consent to sharing in force today that covers " + checked));
        if (consentId.equals(shares.get(checked))) {
            return Optional.empty();
        }
        return Optional.of(new FileShared(clientId, checked, today, consentId));
    }

    /** Among consents covering a worker the one lasting longest is chosen, an open-ended one above all. */
    private static int compareLastDay(Consent a, Consent b) {
        LocalDate lastA = ConsentTerms.lastDay(a.validUntil(), a.revokedOn());
        LocalDate lastB = ConsentTerms.lastDay(b.validUntil(), b.revokedOn());
        if (lastA == null || lastB == null) {
            return lastA == null ? (lastB == null ? 0 : 1) : -1;
        }
        return lastA.compareTo(lastB);
    }

    public SharingStopped stopped(UUID clientId, String worker, LocalDate today) {
        Violations violations = new Violations();
        String checked = checkedWorker(worker, "worker", violations);
        violations.throwIfAny();
        if (!shares.containsKey(checked)) {
            throw new UnknownRecordException("The file is not shared with " + checked + ".");
        }
        return new SharingStopped(clientId, checked, today);
    }

    public void onResponsibleWorker(String worker) {
        responsibleWorker = worker;
    }

    public void onConsentGiven(SharingConsentGiven event) {
        consents.put(event.consentId(), new Consent(event.givenOn(), event.validUntil(), null, event.scope(),
                event.workers()));
    }

    public void onConsentRevoked(SharingConsentRevoked event) {
        consents.computeIfPresent(event.consentId(), (id, c) -> new Consent(c.givenOn(), c.validUntil(),
                event.revokedOn(), c.scope(), c.workers()));
    }

    public void onShared(FileShared event) {
        shares.put(event.worker(), event.consentId());
    }

    public void onStopped(SharingStopped event) {
        shares.remove(event.worker());
    }
}
