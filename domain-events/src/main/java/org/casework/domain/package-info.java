/**
 * The facts casework stores. Events are immutable records named in the past tense; once written they never
 * change shape without a new {@code @Revision} and an upcaster. Business dates are fields of the events;
 * who recorded them, when, and the correlation id travel in the event metadata.
 */
package org.casework.domain;
